from django.urls import path

from discussions import views

app_name = "discussions"

urlpatterns = [
    path("post/", views.post, name="post"),
    path("follow/", views.follow, name="follow"),
    path("thread/<int:content_type_id>/<str:object_id>/", views.more, name="more"),
    path("comment/<int:pk>/", views.permalink, name="permalink"),
    path("comment/<int:pk>/reply/", views.reply, name="reply"),
    path("comment/<int:pk>/edit/", views.edit, name="edit"),
    path("comment/<int:pk>/delete/", views.delete, name="delete"),
    path("comment/<int:pk>/report/", views.report, name="report"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
