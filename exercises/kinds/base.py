"""What every exercise kind provides (see exercises/kinds/__init__.py)."""


class ExerciseKindBase:
    value: str = ""
    label = ""
    form_title = ""  # the heading of the exercise form
    form_template = ""  # inside the exercise form: the kind's fields
    result_template = None  # inside "What you submitted", under the version's date
    intro_template = None  # before the exercise form (examples...)

    def clean(self, page) -> dict:
        """The editor's mistakes on this kind's settings: {field name: message}."""
        return {}

    def problems(self, page, answer) -> list[str]:
        """What stops `answer` (exercises.answers.Answer) from being submitted."""
        return []

    def form_context(self, page, answer) -> dict:
        """What the form template reads, beside the page and the answer."""
        return {}

    def result_context(self, page, last_version, session_id) -> dict:
        """What the result template reads about the last submitted version."""
        return {}

    def on_submit(self, page, submission) -> None:
        """Set the fields computed from the answer (`choice`...) before the version is kept."""
