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
