from django.urls import include, path

from accounts import views

urlpatterns = [
    path("", views.account, name="account"),
    path("email/", views.change_email, name="account-email"),
    path("token/", views.issue_token, name="account-token"),
    path("token/<int:pk>/revoke/", views.revoke_token, name="account-token-revoke"),
    path("download/", views.download, name="account-download"),
    path("delete/", views.delete, name="account-delete"),
    path("signup/", views.SignUpView.as_view(), name="signup"),
    path("", include("django.contrib.auth.urls")),
]
