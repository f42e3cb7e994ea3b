from django.apps import AppConfig


class DemoConfig(AppConfig):
    # No models and no admin screen: the app only brings its management commands.
    name = "demo"
