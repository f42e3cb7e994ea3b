"""The demo accounts of a local `make run`: known passwords, never for a real site."""

DEMO_ACCOUNTS = [
    {
        "email": "apprenante@demo.gazouillis.test",
        "password": "gazouillis-apprenante",
        "display_name": "Maëlle Quintin",
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
        # Created by the trainers app's migration: page, report and moderation rights.
        "groups": ["Trainers"],
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
        # A second trainer, to approve what the first one submits for review.
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
