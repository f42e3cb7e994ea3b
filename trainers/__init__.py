"""What trainers do in the Wagtail admin: their group, reports, dashboard panel,
review workflow and announcements.

Imports: this app may import course, discussions, exercises and accounts (it is
where their data meet for trainers); no other app imports it, and templates
reach it through its template tags.
"""
