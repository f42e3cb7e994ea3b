"""The demo site of a local `make run`: its content as data files and the commands that load it.

The one place that may import every app (ARCHITECTURE.md); no app imports it.
"""
