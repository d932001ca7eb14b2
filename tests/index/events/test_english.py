"""English articles read as French ones are: constructed wire sentences (AP/Reuters style), one rule each."""

from __future__ import annotations

from index.models import AttackEvent

from .helpers import events


def _events(text: str) -> list[AttackEvent]:
    return events(text, title="News")


def _one(text: str) -> AttackEvent:
    found = _events(text)
    assert len(found) == 1, found
    return found[0]


def test_a_town_named_with_its_state_is_the_place():
    event = _one(
        "A gunman opened fire at a church in Sutherland Springs, Texas, on Sunday, killing three people and "
        "wounding ten."
    )
    assert (event.location, event.country, event.killed, event.injured) == ("Sutherland Springs", "Etats-Unis", 3, 10)


def test_the_source_after_a_toll_is_no_aside():
    event = _one(
        "A suicide bomber blew himself up at a checkpoint in Mogadishu on Monday, killing four soldiers, a police "
        "officer said."
    )
    assert (event.weapon, event.location, event.date, event.killed) == ("kamikaze", "Mogadishu", "2021-04-05", 4)


def test_a_ramming_told_by_its_verb():
    rammed = _one("A driver rammed his car into a crowd of pedestrians in Toronto on Monday, killing 10 people.")
    plowed = _one("A truck plowed into a Christmas market in Berlin, killing 12 people and injuring 48.")
    assert (rammed.weapon, rammed.location, rammed.killed) == ("voiture-bélier", "Toronto", 10)
    assert (plowed.weapon, plowed.location, plowed.killed, plowed.injured) == ("voiture-bélier", "Berlin", 12, 48)
    assert _events("The president drove through the market in an open car on Sunday.") == []


def test_a_road_crash_is_no_attack():
    assert _events("Five people were killed when a bus crashed into a truck on a highway near Lahore on Sunday.") == []


def test_a_death_in_police_custody():
    event = _one("A Black man died in police custody in Minneapolis after an officer knelt on his neck.")
    assert (event.location, event.killed) == ("Minneapolis", 1)


def test_a_gunman_told_in_the_simple_past():
    event = _one("A gunman killed two people at a bar in Lewiston, Maine, on Wednesday night.")
    assert (event.location, event.country, event.date, event.killed) == ("Lewiston", "Etats-Unis", "2021-03-31", 2)


def test_attacks_recalled_by_place_and_year():
    paris = _one("Security has been tightened across France since the 2015 Paris attacks, in which 130 people died.")
    christchurch = _one(
        "New Zealand banned semi-automatic weapons after the Christchurch mosque shootings in March 2019."
    )
    vegas = _one(
        "Police are still searching for the motive behind the 2017 Las Vegas shooting, in which 58 were killed."
    )
    assert (paris.location, paris.date, paris.killed) == ("Paris", "2015", 130)
    assert (christchurch.location, christchurch.date) == ("Christchurch", "2019-03")
    assert (vegas.location, vegas.date, vegas.killed) == ("Las Vegas", "2017", 58)


def test_a_trial_names_the_attack_not_the_court():
    events = _events("The trial of the man accused of the 2016 Nice truck attack opened in Paris on Monday.")
    assert [(e.location, e.date) for e in events] == [("Nice", "2016")]


def test_an_army_that_says_it_struck_claims_it():
    event = _one(
        "The U.S. military said it had carried out an air strike that killed a senior Islamic State commander in "
        "eastern Syria."
    )
    assert (event.actor, event.claimed, event.claimed_by, event.killed) == ("Etats-Unis", True, "Etats-Unis", 1)


def test_a_state_named_with_its_strike_claims_it_as_in_french():
    """`frappe aérienne américaine`, `drone américain`: armies acknowledge their strikes (the package's rule)."""
    english = _one("A US drone strike killed four suspected al-Qaeda militants in Shabwa province, officials said.")
    french = _one("Une frappe de drone américain a tué quatre membres présumés d'Al-Qaïda dans la province de Chabwa.")
    assert (english.claimed, english.claimed_by, english.killed) == (french.claimed, french.claimed_by, 4)


def test_the_victims_stabbed_are_not_the_attacker_shot():
    event = _one("A man stabbed two people in Brussels on Monday before he was shot dead by police.")
    assert event.killed != 2
