"""People put to death told by `exécuter` and counted after it (`il a exécuté quatre otages`): the toll of the killing;
what an orchestra or a commando `exécute` (pieces, orders) is no one's death."""

from __future__ import annotations

from tests.index.events.helpers import events as _events
from tests.index.events.helpers import row as _row


def test_people_executed_and_counted_are_the_dead():
    (shop,) = _events("Samedi à Tulle, un homme armé a exécuté trois clients dans une supérette.")
    assert _row(shop) == ("2021-04-03", "Tulle", "arme à feu", 3, None)
    (village,) = _events("Samedi près de Tulle, des jihadistes ont exécuté au moins onze villageois.")
    assert (village.date, village.killed) == ("2021-04-03", 11)
    (told_after,) = _events("Un forcené est entré samedi dans une banque de Tulle. Il a exécuté deux otages.")
    assert (told_after.date, told_after.location, told_after.killed) == ("2021-04-03", "Tulle", 2)


def test_pieces_or_orders_executed_count_no_dead():
    assert _events("Samedi à Tulle, l'orchestre a exécuté trois morceaux devant deux cents personnes.") == []
    (one,) = _events("Samedi à Tulle, le commando a exécuté deux ordres avant de tuer un homme.")
    assert one.killed == 1
