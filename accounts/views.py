from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import RedirectURLMixin
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST
from django.views.generic import CreateView

from accounts import download as account_download
from accounts import parts
from accounts.forms import DeleteAccountForm, EmailForm, SignUpForm, TokenForm
from accounts.models import ApiToken, delete_account


class SignUpView(RedirectURLMixin, CreateView):
    """Create an account and sign straight in: to the page asked for (`next`, e.g. a class's
    join link), or else to the drawing page."""

    form_class = SignUpForm
    template_name = "registration/signup.html"
    next_page = reverse_lazy("draw")

    def form_valid(self, form):
        user = form.save()
        # Named, because django-axes adds a second backend that only ever refuses.
        login(self.request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect(self.get_success_url())

    def get_context_data(self, **kwargs):
        return super().get_context_data(next=self.get_redirect_url(), **kwargs)


def render_account(request, *, email_form=None, delete_form=None, token_form=None, new_token=None):
    """The account page, with any form the user just sent (and its errors) in place of a blank,
    and what other apps keep of the user's in their sections (accounts.parts)."""
    user = request.user
    context = {
        **parts.summary(user),
        "part_templates": parts.templates(),
        "tokens": ApiToken.objects.filter(user=user),
        "new_token": new_token,
        "token_form": token_form or TokenForm(user),
        "email_form": email_form or EmailForm(request, initial={"email": user.email}),
        "delete_form": delete_form or DeleteAccountForm(request),
    }
    return render(request, "accounts/account.html", context)


@never_cache
@login_required
@require_GET
def account(request):
    """Who you are, what you hold, your API tokens, your data to take away, and the way out."""
    return render_account(request)


@never_cache
@login_required
@require_POST
def change_email(request):
    form = EmailForm(request, request.POST)
    if not form.is_valid():
        return render_account(request, email_form=form)
    form.save()
    messages.success(
        request, _("Your email is changed.") if form.user.email else _("Email removed.")
    )
    return redirect("account")


@never_cache
@login_required
@require_POST
def issue_token(request):
    """Create a named token: the page shows its key this once, and never again (never cached)."""
    form = TokenForm(request.user, request.POST)
    key = form.save() if form.is_valid() else None
    if key is None:
        return render_account(request, token_form=form)
    return render_account(request, new_token={"key": key, "name": form.cleaned_data["name"]})


@never_cache
@login_required
@require_POST
def revoke_token(request, pk):
    """Revoke one of the user's tokens; their others keep working. Another's token is a 404."""
    name = ApiToken.revoke(request.user, pk)
    if name is None:
        raise Http404
    messages.success(
        request,
        _("The token “%(name)s” is revoked; scripts using it are refused.") % {"name": name},
    )
    return redirect(reverse("account") + "#token-heading")


@never_cache
@login_required
@require_POST
def delete(request):
    form = DeleteAccountForm(request, request.POST)
    if not form.is_valid():
        return render_account(request, delete_form=form)
    delete_account(request.user)
    # What logout() does, without its signal: the user it would name is gone.
    request.session.flush()
    request.user = AnonymousUser()
    messages.success(request, _("Your account and everything in it are deleted. Goodbye!"))
    return redirect(settings.LOGOUT_REDIRECT_URL)


@never_cache
@login_required
@require_GET
def download(request):
    """Everything the user made, as one zip."""
    return FileResponse(
        account_download.archive_file(request.user),
        as_attachment=True,
        filename=account_download.filename(request.user),
        content_type="application/zip",
    )
