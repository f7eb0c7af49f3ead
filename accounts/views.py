from django.contrib.auth import login
from django.shortcuts import redirect
from django.urls import reverse_lazy
from django.views.generic import CreateView

from accounts.forms import SignUpForm


class SignUpView(CreateView):
    """Create an account and sign straight in to the drawing page."""

    form_class = SignUpForm
    template_name = "registration/signup.html"
    success_url = reverse_lazy("draw")

    def form_valid(self, form):
        user = form.save()
        login(self.request, user)
        return redirect(self.success_url)
