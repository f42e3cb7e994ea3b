from django.urls import path

from course import views
from course.feeds import NewTestimonialsFeed

urlpatterns = [
    path("my-learning/", views.dashboard, name="dashboard"),
    path("progress/<int:page_id>/", views.mark_step, name="mark_step"),
    path("courses/<int:course_id>/enrol/", views.enrol, name="enrol"),
    path("courses/<int:course_id>/leave/", views.leave, name="leave"),
    path("my-learning/certificate/<int:enrolment_id>/", views.certificate, name="certificate"),
    path("certificates/<str:code>/", views.verify_certificate, name="verify_certificate"),
    path("feeds/testimonials/", NewTestimonialsFeed(), name="testimonials_feed"),
]
