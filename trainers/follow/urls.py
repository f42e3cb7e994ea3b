from django.urls import path

from trainers.follow import views

app_name = "trainers_follow"
urlpatterns = [
    path("<int:user_id>/", views.LearnerView.as_view(), name="learner"),
    path("enrol/", views.EnrolView.as_view(), name="enrol"),
    path("write/", views.WriteView.as_view(), name="write"),
]
