"""Starting a class, joining it by link or code, leaving it and being removed from it; and the
join flow in a real browser."""

import re

import pytest
from django.test import Client

from classrooms.models import JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, Classroom, Membership
from drawings.models import Sample
from tests.helpers import PASSWORD, draw_bar, start_a_class, submit, vertical_bar


@pytest.fixture
def teacher_client(client, alice):
    client.force_login(alice)
    return client


@pytest.fixture
def classroom(alice):
    return Classroom.objects.create(name="Year 4", teacher=alice)


def test_a_signed_in_user_starts_a_class_and_teaches_it(teacher_client, alice):
    response = teacher_client.post("/classes/", {"name": "Year 4"})
    classroom = Classroom.objects.get()
    assert response.status_code == 302
    assert response.url == f"/classes/{classroom.pk}/"
    assert classroom.teacher == alice
    assert not alice.is_staff
    page = teacher_client.get(response.url).content.decode()
    assert classroom.join_code in page
    assert f"/classes/join/{classroom.join_code}/" in page


def test_a_class_needs_a_name(teacher_client):
    response = teacher_client.post("/classes/", {"name": ""})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    assert not Classroom.objects.exists()


def test_join_codes_are_short_and_unguessable(alice):
    codes = {Classroom.objects.create(name=str(n), teacher=alice).join_code for n in range(50)}
    assert len(codes) == 50
    for code in codes:
        assert len(code) == JOIN_CODE_LENGTH
        assert set(code) <= set(JOIN_CODE_ALPHABET)


def test_the_link_asks_before_joining(client, bob, classroom):
    client.force_login(bob)
    link = f"/classes/join/{classroom.join_code}/"
    page = client.get(link)
    assert page.status_code == 200
    assert "Join “Year 4”?" in page.content.decode()
    assert not Membership.objects.exists()
    response = client.post(link)
    assert response.status_code == 302
    assert response.url == f"/classes/{classroom.pk}/"
    assert Membership.objects.get().pupil == bob


def test_the_link_sends_a_signed_out_visitor_to_sign_in_first(client, classroom):
    link = f"/classes/join/{classroom.join_code}/"
    response = client.get(link)
    assert response.status_code == 302
    assert response.url == f"/accounts/login/?next={link}"


def test_a_code_typed_in_any_case_with_dashes_joins(client, bob, classroom):
    client.force_login(bob)
    typed = f"{classroom.join_code[:4].lower()}-{classroom.join_code[4:].lower()}"
    response = client.post("/classes/join/", {"code": typed})
    assert response.status_code == 302
    assert classroom.memberships.filter(pupil=bob).exists()


def test_a_wrong_code_says_so(client, bob, classroom):
    client.force_login(bob)
    response = client.post("/classes/join/", {"code": "NOPE2345"})
    assert response.status_code == 400
    assert "No class has this join code" in response.content.decode()
    assert not Membership.objects.exists()


def test_a_renewed_code_no_longer_works(client, bob, make_user, classroom):
    old = classroom.join_code
    new = classroom.renew_join_code()
    assert new != old
    client.force_login(bob)
    assert client.get(f"/classes/join/{old}/").status_code == 404
    assert client.post(f"/classes/join/{old}/").status_code == 404
    assert client.post("/classes/join/", {"code": old}).status_code == 400
    assert not Membership.objects.exists()
    assert client.post(f"/classes/join/{new}/").status_code == 302
    assert classroom.memberships.filter(pupil=bob).exists()


def test_the_teacher_renews_the_code_from_the_class_page(teacher_client, classroom):
    old = classroom.join_code
    teacher_client.post(f"/classes/{classroom.pk}/join-code/", {"action": "renew"})
    classroom.refresh_from_db()
    assert classroom.join_code != old
    assert Classroom.with_join_code(old) is None


def test_turning_joining_off_refuses_every_code(teacher_client, bob, classroom):
    code = classroom.join_code
    teacher_client.post(f"/classes/{classroom.pk}/join-code/", {"action": "off"})
    classroom.refresh_from_db()
    assert classroom.join_code is None
    client = Client()
    client.force_login(bob)
    assert client.post(f"/classes/join/{code}/").status_code == 404
    assert not Membership.objects.exists()
    teacher_client.post(f"/classes/{classroom.pk}/join-code/", {"action": "renew"})
    classroom.refresh_from_db()
    assert Classroom.with_join_code(classroom.join_code) == classroom


def test_the_teacher_can_not_join_their_own_class(teacher_client, classroom):
    response = teacher_client.post("/classes/join/", {"code": classroom.join_code}, follow=True)
    assert "You teach this class" in response.content.decode()
    assert not Membership.objects.exists()


def test_a_user_can_be_in_several_classes_and_teach_one(client, alice, bob, classroom):
    other = Classroom.objects.create(name="Art club", teacher=bob)
    mine = Classroom.objects.create(name="Bob's own", teacher=bob)
    third = Classroom.objects.create(name="Chess", teacher=alice)
    client.force_login(bob)
    for joined in (classroom, third):
        client.post("/classes/join/", {"code": joined.join_code})
    assert set(Classroom.objects.of(bob)) == {classroom, third, other, mine}
    page = client.get("/classes/").content.decode()
    for name in ("Year 4", "Chess", "Art club", "Bob&#x27;s own"):
        assert name in page


def test_joining_twice_is_one_membership(client, bob, classroom):
    client.force_login(bob)
    client.post("/classes/join/", {"code": classroom.join_code})
    response = client.post(f"/classes/join/{classroom.join_code}/")
    assert response.status_code == 302
    assert Membership.objects.count() == 1


def test_a_pupil_leaves_and_keeps_their_drawings(client, bob, classroom):
    classroom.set_labels(["🙂"])
    classroom.add_pupil(bob)
    Sample.add(bob, "🙂", vertical_bar())
    client.force_login(bob)
    response = client.post(f"/classes/{classroom.pk}/leave/")
    assert response.status_code == 302
    assert not Membership.objects.exists()
    assert Sample.objects.filter(user=bob).count() == 1


def test_the_teacher_removes_a_pupil_who_keeps_their_drawings(teacher_client, bob, classroom):
    classroom.add_pupil(bob)
    Sample.add(bob, "🙂", vertical_bar())
    response = teacher_client.post(f"/classes/{classroom.pk}/pupils/{bob.pk}/remove/")
    assert response.status_code == 302
    assert not Membership.objects.exists()
    assert Sample.objects.filter(user=bob).count() == 1
    page = teacher_client.get(f"/classes/{classroom.pk}/").content.decode()
    assert 'data-pupil="bob"' not in page


def test_deleting_a_class_leaves_the_pupils_data(teacher_client, bob, classroom):
    classroom.add_pupil(bob)
    Sample.add(bob, "🙂", vertical_bar())
    teacher_client.post(f"/classes/{classroom.pk}/delete/")
    assert not Classroom.objects.exists()
    assert Sample.objects.filter(user=bob).count() == 1


def test_a_pupil_sees_the_class_and_chooses_what_the_teacher_sees(client, bob, classroom):
    classroom.set_labels(["🙂", "🌈"])
    classroom.add_pupil(bob)
    client.force_login(bob)
    page = client.get(f"/classes/{classroom.pk}/").content.decode()
    assert "Taught by alice" in page
    assert "🙂 🌈" in page
    assert 'name="shares_other_labels"' in page
    client.post(f"/classes/{classroom.pk}/privacy/", {"shares_other_labels": "on"})
    assert Membership.objects.get().shares_other_labels
    client.post(f"/classes/{classroom.pk}/privacy/", {})
    assert not Membership.objects.get().shares_other_labels


def test_a_new_pupil_signs_up_from_the_link_and_comes_back_to_it(client, classroom):
    link = f"/classes/join/{classroom.join_code}/"
    login_page = client.get(client.get(link).url).content.decode()
    signup = f"/accounts/signup/?next={link}"
    assert signup in login_page
    form = client.get(signup).content.decode()
    assert f'name="next" value="{link}"' in form
    password = "Crayon-Rainbow-42!"
    answer = {"username": "newpupil", "password1": password, "password2": password, "next": link}
    response = client.post("/accounts/signup/", answer)
    assert response.status_code == 302
    assert response.url == link


def test_signing_up_never_sends_anyone_to_another_site(client, db):
    password = "Crayon-Rainbow-42!"
    answer = {"username": "newpupil", "password1": password, "password2": password}
    response = client.post("/accounts/signup/", {**answer, "next": "https://evil.example/"})
    assert response.url == "/"


# In Chromium (Playwright), each test marked browser: a teacher starts a class, a pupil joins
# with the link and draws, and the teacher's page shows the new count.


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_pupil_joins_with_the_link_draws_and_the_teacher_sees_it(live_server, new_page):
    from playwright.sync_api import expect

    teacher = new_page()
    start_a_class(teacher, live_server.url, "ms-rivera", "Year 4")
    expect(teacher.get_by_role("heading", level=1)).to_have_text("Year 4")
    teacher.get_by_role("textbox", name="The class's labels").fill("🐱\n🙂")
    teacher.get_by_role("button", name="Save labels").click()
    expect(teacher.locator(".message")).to_contain_text("labels are saved")
    link = teacher.locator("#join-url").inner_text()
    assert re.fullmatch(rf"{live_server.url}/classes/join/[A-Z2-9]{{8}}/", link)
    expect(teacher.locator("#pupils")).to_have_count(0)

    # A pupil new to the site opens the link, signs up, and is brought back to it.
    pupil = new_page()
    pupil.goto(link)
    pupil.get_by_role("link", name="Sign up").last.click()
    pupil.fill("#id_username", "sam")
    pupil.fill("#id_password1", PASSWORD)
    pupil.fill("#id_password2", PASSWORD)
    pupil.get_by_role("button", name="Sign up").click()
    expect(pupil.get_by_role("heading", level=1)).to_have_text("Join “Year 4”?")
    pupil.get_by_role("button", name="Join the class").click()
    expect(pupil.locator(".message")).to_contain_text("You joined “Year 4”")

    teacher.reload()
    cat_count = teacher.locator('tr[data-pupil="sam"] td[data-label="🐱"] .count')
    expect(cat_count).to_have_text("0")

    pupil.get_by_role("link", name="Draw them").click()
    pupil.wait_for_url(f"{live_server.url}/")  # loaded, its scripts run: a click doesn't wait
    draw_bar(pupil)
    submit(pupil, "🐱").click()
    expect(pupil.locator('#training-data [data-label="🐱"] .count')).to_have_text("1")

    teacher.reload()
    expect(cat_count).to_have_text("1")
    expect(teacher.locator('tr[data-pupil="sam"] td[data-label="🙂"] .count')).to_have_text("0")
    # The bars are drawn by the page's script, from the counts.
    fill = teacher.locator('tr[data-pupil="sam"] td[data-label="🐱"] .bar__fill')
    assert fill.evaluate("element => element.style.width") == "100%"


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_pupils_table_sorts_by_a_column(live_server, new_page, alice, make_user):
    from django.test import Client
    from playwright.sync_api import expect

    from classrooms.models import Classroom
    from drawings.models import Sample
    from tests.helpers import vertical_bar

    classroom = Classroom.objects.create(name="Year 4", teacher=alice)
    classroom.set_labels(["🙂"])
    for name, drawn in (("ann", 3), ("ben", 1), ("cat", 2)):
        pupil = make_user(name)
        classroom.add_pupil(pupil)
        for column in range(drawn):
            Sample.add(pupil, "🙂", vertical_bar(10 + column))
    client = Client()
    client.force_login(alice)
    page = new_page()
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    page.goto(f"{live_server.url}/classes/{classroom.pk}/")
    rows = page.locator("#pupils tbody tr")
    expect(rows.first).to_have_attribute("data-pupil", "ben")  # who needs help first
    page.get_by_role("button", name="Pupil").click()
    expect(rows.first).to_have_attribute("data-pupil", "ann")
    page.get_by_role("button", name="Pupil").click()
    expect(rows.first).to_have_attribute("data-pupil", "cat")
    page.get_by_role("button", name="Drawings of 🙂").click()
    expect(rows.first).to_have_attribute("data-pupil", "ben")
    page.get_by_role("button", name="Drawings of 🙂").click()
    expect(rows.first).to_have_attribute("data-pupil", "ann")
