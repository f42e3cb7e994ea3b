from django.urls import path

from practice import views

app_name = "practice"

urlpatterns = [
    path("updates/<int:page_id>/<int:session_id>/", views.updates, name="updates"),
]
