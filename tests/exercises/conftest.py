import pytest
from hypothesis import settings as hypothesis_settings

from course.models import Enrolment, ModulePage
from exercises.models import ExercisePage
from tests.factories import UserFactory

# No example database in the working tree: the properties are cheap to rediscover.
hypothesis_settings.register_profile("gazouillis", database=None)
hypothesis_settings.load_profile("gazouillis")

BIO_RULES = [
    {
        "type": "role",
        "value": {"label": "Votre métier", "phrases": "bibliothécaire\ndocumentaliste"},
    },
    {
        "type": "organisation",
        "value": {"label": "Votre organisation", "phrases": "médiathèque, mairie"},
    },
    {"type": "audience", "value": {"label": "Pour qui", "phrases": "lecteurs\nfamilles"}},
    {
        "type": "disclaimer",
        "value": {
            "label": "Un avertissement",
            "phrases": "avis perso\nn'engagent que moi",
            "only_with_organisation": True,
        },
    },
    {"type": "max_hashtags", "value": {"label": "Deux hashtags au plus", "maximum": 2}},
    {"type": "link", "value": {"label": "Un lien"}},
]

GOOD_BIO = (
    "Bibliothécaire à la médiathèque d'Auray, pour les lecteurs. Avis perso. "
    "#lecture mediatheque-auray.fr"
)


def add_exercise(module, **fields) -> ExercisePage:
    defaults = {"title": "Écrire sa bio", "slug": "ecrire-sa-bio-exercice", "kind": "bio"}
    defaults.update(fields)
    if defaults["kind"] == "bio" and "bio_rules" not in fields:
        defaults["bio_rules"] = BIO_RULES
    page = ExercisePage(**defaults)
    module.add_child(instance=page)
    page.save_revision().publish()
    return ExercisePage.objects.get(pk=page.pk)


def one_or_two_questions():
    def answer(text, one=0, two=0, organisation=0, reason=""):
        return {
            "text": text,
            "one": one,
            "two": two,
            "organisation": organisation,
            "reason": reason,
        }

    return [
        {
            "type": "question",
            "value": {
                "question": "Parlez-vous au nom d'une structure ?",
                "answers": [
                    answer(
                        "Oui, c'est mon rôle",
                        organisation=3,
                        reason="Vous portez une voix collective.",
                    ),
                    answer("Non, en mon nom", one=2, reason="Votre nom suffit."),
                ],
            },
        },
        {
            "type": "question",
            "value": {
                "question": "Voulez-vous parler aussi de votre vie privée ?",
                "answers": [
                    answer("Oui, beaucoup", two=3, reason="Séparer protège les deux."),
                    answer("Très peu", one=1),
                ],
            },
        },
    ]


@pytest.fixture
def module(course):
    return ModulePage.objects.child_of(course).order_by("path").first()


@pytest.fixture
def exercise(module):
    return add_exercise(module)


@pytest.fixture
def reflection(module):
    return add_exercise(
        module,
        title="Prendre position",
        slug="prendre-position",
        kind="reflection",
        prompt="Faut-il un compte par métier ?",
        min_words=3,
        max_words=20,
        positions=[
            {"type": "position", "value": {"label": "Oui", "description": ""}},
            {"type": "position", "value": {"label": "Non", "description": ""}},
        ],
    )


@pytest.fixture
def one_or_two(module):
    return add_exercise(
        module,
        title="Un compte ou deux ?",
        slug="un-compte-ou-deux-exercice",
        kind="one_or_two",
        questions=one_or_two_questions(),
    )


@pytest.fixture
def peer(session):
    user = UserFactory(display_name="Pair Un")
    Enrolment.objects.create(user=user, session=session)
    return user


@pytest.fixture
def stranger(db):
    return UserFactory(display_name="Inconnu")
