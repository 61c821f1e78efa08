from desktop_app.domain.text import fold


def test_accents_case_and_spaces_fold_away():
    assert fold("  Pérez  Núñez ") == "perez nunez"
    assert fold("PEREZ") == fold("Pérez") == "perez"


def test_enye_folds_to_n():
    assert fold("Muñoz") == "munoz"
    assert fold("ÑAÑEZ") == "nanez"


def test_empty_and_none_fold_to_empty():
    assert fold(None) == ""
    assert fold("   ") == ""
