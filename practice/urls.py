from django.urls import path

from practice import live_views, timeline_page, views

app_name = "practice"

urlpatterns = [
    path("updates/<int:page_id>/<int:session_id>/", views.updates, name="updates"),
    path("<int:page_id>/post/", timeline_page.post_endpoint, name="post"),
    path("<int:page_id>/replay/", live_views.replay, name="replay"),
    path("post/<int:pk>/report/", live_views.report, name="report"),
    *(
        path(
            f"post/<int:pk>/{decision}/",
            live_views.moderate,
            {"decision": decision},
            name=decision,
        )
        for decision in live_views.DONE
    ),
]
