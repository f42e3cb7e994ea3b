"""The demo accounts of a local `make run`: known passwords, never for a real site."""

DEMO_ACCOUNTS = [
    {
        "email": "apprenante@demo.gazouillis.test",
        "password": "gazouillis-apprenante",
        "display_name": "Maëlle Quintin",
        "twitter_handle": "maelle_q",
        "first_name": "Maëlle",
        "last_name": "Quintin",
        "is_staff": False,
        "is_superuser": False,
        "role": "learner",
    },
    {
        "email": "apprenant@demo.gazouillis.test",
        "password": "gazouillis-apprenant",
        "display_name": "Yanis Ferrer",
        "twitter_handle": "yanis_fr",
        "first_name": "Yanis",
        "last_name": "Ferrer",
        "is_staff": False,
        "is_superuser": False,
        "role": "learner",
    },
    {
        "email": "formatrice@demo.gazouillis.test",
        "password": "gazouillis-formatrice",
        "display_name": "Odile Marchetti",
        "first_name": "Odile",
        "last_name": "Marchetti",
        "is_staff": True,
        "is_superuser": False,
        "role": "trainer",
        # Created by the trainers app's migrations: page, report and moderation rights;
        # a lead trainer also publishes without review (and reviews the second trainer).
        "groups": ["Trainers", "Lead trainers"],
    },
    {
        "email": "formateur@demo.gazouillis.test",
        "password": "gazouillis-formateur",
        "display_name": "Bastien Leclerc",
        "first_name": "Bastien",
        "last_name": "Leclerc",
        "is_staff": True,
        "is_superuser": False,
        "role": "trainer",
        # A second trainer: submits for review (no publishing at once), and reviews
        # what the first one submits.
        "groups": ["Trainers"],
    },
    {
        "email": "admin@demo.gazouillis.test",
        "password": "gazouillis-admin",
        "display_name": "Admin Gazouillis",
        "first_name": "Admin",
        "last_name": "Gazouillis",
        "is_staff": True,
        "is_superuser": True,
        "role": "admin",
    },
]
