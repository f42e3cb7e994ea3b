from django.urls import path

from exercises import views

app_name = "exercises"

urlpatterns = [
    path("<int:page_id>/autosave/", views.autosave, name="autosave"),
    path("submission/<int:pk>/", views.submission_detail, name="submission"),
    path("submission/<int:pk>/revision/", views.request_revision, name="request_revision"),
]
