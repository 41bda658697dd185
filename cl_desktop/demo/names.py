"""Name pools for synthetic children: Khmer (with Latin transliteration) and Central Asian Cyrillic."""

from __future__ import annotations

KHMER_FAMILY = [
    ("សុខ", "Sok"),
    ("ចាន់", "Chan"),
    ("ហេង", "Heng"),
    ("គឹម", "Kim"),
    ("លី", "Ly"),
    ("ស៊ុន", "Sun"),
    ("ម៉ៅ", "Mao"),
    ("សៅ", "Sao"),
    ("ឈឹម", "Chhim"),
    ("ពៅ", "Pov"),
    ("កែវ", "Keo"),
    ("ជា", "Chea"),
    ("ទេព", "Tep"),
    ("ម៉ម", "Mom"),
    ("ស៊ិន", "Sin"),
    ("ឡុង", "Long"),
    ("អ៊ុក", "Ouk"),
    ("ញឹម", "Nhim"),
    ("ខៀវ", "Khiev"),
    ("ប៊ុន", "Bun"),
    ("ហ៊ុន", "Hun"),
    ("ផល", "Phal"),
    ("រស់", "Ros"),
    ("សួន", "Suon"),
    ("ទូច", "Touch"),
    ("វង់", "Vong"),
]
KHMER_GIRLS = [
    ("ស្រីមុំ", "Srey Mom"),
    ("ស្រីនាង", "Srey Neang"),
    ("ស្រីពៅ", "Srey Pov"),
    ("ចន្ធូ", "Chanthou"),
    ("សុភា", "Sophea"),
    ("ធីតា", "Thida"),
    ("សុខា", "Sokha"),
    ("ដារ៉ា", "Dara"),
    ("បុប្ផា", "Bopha"),
    ("ម៉ាលី", "Maly"),
    ("សុគន្ធា", "Sokunthea"),
    ("ចិន្តា", "Chenda"),
    ("រតនា", "Rathana"),
    ("ពិសី", "Pisey"),
]
KHMER_BOYS = [
    ("ដារ៉ា", "Dara"),
    ("វិបុល", "Vibol"),
    ("រិទ្ធី", "Rithy"),
    ("ពិសិដ្ឋ", "Piseth"),
    ("វណ្ណៈ", "Vannak"),
    ("សុវណ្ណ", "Sovann"),
    ("ចាន់ថា", "Chantha"),
    ("បូរ៉ា", "Bora"),
    ("សំណាង", "Samnang"),
    ("វាសនា", "Veasna"),
    ("ធារ៉ា", "Theara"),
    ("មករា", "Makara"),
    ("សុផល", "Sophal"),
    ("ភក្តី", "Pheakdey"),
]
# Central Asian family names take -а/-ова in the feminine.
CA_FAMILY = [
    ("Ахметов", "Akhmetov"),
    ("Жумабаев", "Zhumabaev"),
    ("Искаков", "Iskakov"),
    ("Омаров", "Omarov"),
    ("Асанов", "Asanov"),
    ("Токтогулов", "Toktogulov"),
    ("Мамытов", "Mamytov"),
    ("Рахимов", "Rakhimov"),
    ("Назаров", "Nazarov"),
    ("Шарипов", "Sharipov"),
    ("Юсупов", "Yusupov"),
    ("Тураев", "Turaev"),
    ("Хасанов", "Khasanov"),
    ("Абдуллаев", "Abdullaev"),
    ("Каримов", "Karimov"),
]
CA_GIRLS = [
    ("Айгерим", "Aigerim"),
    ("Айжан", "Aizhan"),
    ("Гулнара", "Gulnara"),
    ("Мадина", "Madina"),
    ("Нилуфар", "Nilufar"),
    ("Зарина", "Zarina"),
    ("Дилноза", "Dilnoza"),
    ("Асель", "Asel"),
]
CA_BOYS = [
    ("Ерлан", "Erlan"),
    ("Азамат", "Azamat"),
    ("Бекзат", "Bekzat"),
    ("Тимур", "Timur"),
    ("Фарход", "Farkhod"),
    ("Шерзод", "Sherzod"),
    ("Рустам", "Rustam"),
    ("Алишер", "Alisher"),
    ("Нурлан", "Nurlan"),
]
KHMER_VILLAGES = [
    ("Thmei", "ថ្មី"),
    ("Chas", "ចាស់"),
    ("Kandal", "កណ្ដាល"),
    ("Tboung", "ត្បូង"),
    ("Cheung", "ជើង"),
    ("Lech", "លិច"),
    ("Kaeut", "កើត"),
    ("Prey", "ព្រៃ"),
    ("Trapeang", "ត្រពាំង"),
    ("Spean", "ស្ពាន"),
]
CA_VILLAGES = ["Ак-Суу", "Кызыл-Жар", "Жаңа-Жол", "Бостан", "Гулистон", "Янгиобод", "Ақсай", "Навруз"]


def child_name(rng_choice: object, country: str, sex: str) -> tuple[str, str]:
    """(name as typed, Latin transliteration): family name first for Khmer, given name first in Cyrillic."""
    choice = rng_choice  # random.Random.choice
    if country == "KH":
        family = choice(KHMER_FAMILY)  # type: ignore[operator]
        given = choice(KHMER_GIRLS if sex == "F" else KHMER_BOYS)  # type: ignore[operator]
        return f"{family[0]} {given[0]}", f"{family[1]} {given[1]}"
    family = choice(CA_FAMILY)  # type: ignore[operator]
    given = choice(CA_GIRLS if sex == "F" else CA_BOYS)  # type: ignore[operator]
    suffix, latin_suffix = ("а", "a") if sex == "F" else ("", "")
    return f"{given[0]} {family[0]}{suffix}", f"{given[1]} {family[1]}{latin_suffix}"
