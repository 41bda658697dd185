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


# -- the national scale-up --------------------------------------------------------
# A register of a million children needs the diversity of a real population: the pools
# below (common Khmer family names, given names of girls and boys, with the usual Latin
# spelling) give several thousand distinct names per sex, drawn with realistic skew (a few
# family names are very common), so identical name, sex, date of birth and commune is rare.
KHMER_FAMILY_WIDE = [
    *KHMER_FAMILY,
    ("សែម", "Sem"),
    ("ឈុន", "Chhun"),
    ("ព្រំ", "Prom"),
    ("ហួត", "Huot"),
    ("សេង", "Seng"),
    ("នួន", "Nuon"),
    ("ផាន", "Phan"),
    ("ពេជ្រ", "Pich"),
    ("ម៉ែន", "Men"),
    ("អ៊ឹម", "Im"),
    ("ចេង", "Cheng"),
    ("មាស", "Meas"),
    ("សំ", "Sam"),
    ("ទៀង", "Tieng"),
    ("ឈួន", "Chhuon"),
    ("ង៉ែត", "Nget"),
    ("សុន", "Son"),
    ("ឌួង", "Duong"),
    ("គង់", "Kong"),
    ("ស្វាយ", "Svay"),
    ("ប្រាក់", "Prak"),
    ("លីម", "Lim"),
    ("ជុំ", "Chum"),
    ("ពិន", "Pin"),
    ("យឹម", "Yim"),
    ("អ៊ុំ", "Um"),
    ("ថាច់", "Thach"),
    ("ម៉េង", "Meng"),
    ("សាន", "San"),
    ("ពេញ", "Penh"),
]
KHMER_GIRLS_WIDE = [
    *KHMER_GIRLS,
    ("ស្រីនិច", "Srey Nich"),
    ("ស្រីពេជ្រ", "Srey Pich"),
    ("ស្រីអូន", "Srey Oun"),
    ("ស្រីម៉ៅ", "Srey Mao"),
    ("លីដា", "Lida"),
    ("សុវណ្ណារី", "Sovannary"),
    ("ចាន់ធី", "Chanthy"),
    ("ដាវី", "Davy"),
    ("វណ្ណា", "Vanna"),
    ("សុធា", "Sothea"),
    ("គន្ធា", "Kunthea"),
    ("រស្មី", "Reaksmey"),
    ("សុភាព", "Sopheap"),
    ("ណារី", "Nary"),
    ("ផល្លា", "Phalla"),
    ("ចរិយា", "Chariya"),
    ("កញ្ញា", "Kanha"),
    ("សុម៉ាលី", "Somaly"),
    ("លក្ខិណា", "Leakhena"),
    ("វិច្ឆិកា", "Vichhika"),
    ("ធារី", "Theary"),
    ("រចនា", "Rachana"),
    ("បញ្ញា", "Panha"),
    ("សុជាតា", "Socheata"),
]
KHMER_BOYS_WIDE = [
    *KHMER_BOYS,
    ("វិសាល", "Visal"),
    ("សុខុម", "Sokhom"),
    ("ចំរើន", "Chamroeun"),
    ("សម្បត្តិ", "Sambath"),
    ("រតនៈ", "Ratanak"),
    ("កុសល", "Kosal"),
    ("វុទ្ធី", "Vuthy"),
    ("ពិសាល", "Pisal"),
    ("ភារម្យ", "Phearum"),
    ("ឧត្តម", "Oudom"),
    ("វិចិត្រ", "Vichet"),
    ("មុន្នី", "Monny"),
    ("សីហា", "Seyha"),
    ("បញ្ញា", "Panha"),
    ("វណ្ណា", "Vanna"),
    ("រដ្ឋា", "Rotha"),
    ("សុធី", "Sothy"),
    ("កក្កដា", "Kakada"),
    ("វីរៈ", "Virak"),
    ("សេរី", "Serey"),
    ("ចំណាន", "Chamnan"),
    ("ពុទ្ធី", "Puthy"),
    ("សំបូរ", "Sambo"),
    ("ប៊ុនថា", "Buntha"),
]
# Village names at scale: a landmark and a qualifier, as most Cambodian villages are named.
KHMER_VILLAGE_HEADS = [
    ("Trapeang", "ត្រពាំង"),
    ("Prey", "ព្រៃ"),
    ("Tuol", "ទួល"),
    ("Kouk", "គោក"),
    ("Boeng", "បឹង"),
    ("Ou", "អូរ"),
    ("Krang", "ក្រាំង"),
    ("Spean", "ស្ពាន"),
]
KHMER_VILLAGE_TAILS = [
    ("Svay", "ស្វាយ"),
    ("Ampil", "អំពិល"),
    ("Chrey", "ជ្រៃ"),
    ("Thmei", "ថ្មី"),
    ("Chas", "ចាស់"),
    ("Kandal", "កណ្ដាល"),
    ("Doung", "ដូង"),
    ("Sla", "ស្លា"),
    ("Thnal", "ថ្នល់"),
    ("Krasang", "ក្រសាំង"),
    ("Russei", "ឫស្សី"),
    ("Thnot", "ត្នោត"),
]


def _skewed(pool: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The pool with its first entries repeated: the commonest names are several times as frequent."""
    out: list[tuple[str, str]] = []
    for rank, entry in enumerate(pool):
        out.extend([entry] * (4 if rank < 8 else 2 if rank < 20 else 1))
    return out


KHMER_FAMILY_DRAW = _skewed(KHMER_FAMILY_WIDE)
KHMER_GIRLS_DRAW = _skewed(KHMER_GIRLS_WIDE)
KHMER_BOYS_DRAW = _skewed(KHMER_BOYS_WIDE)


def latin_variant(latin: str, pick: int) -> str:
    """Another common Latin spelling of the same Khmer name, as a second team might write it:
    the given name's syllables run together, a vowel or aspirate spelt another way, or the
    given name written first."""
    family, _, given = latin.partition(" ")
    options = []
    if " " in given:
        options.append(f"{family} {given.replace(' ', '')}")
    for a, b in (("ea", "ia"), ("ey", "ei"), ("Chh", "Ch"), ("ou", "u")):
        if a in given:
            options.append(f"{family} {given.replace(a, b, 1)}")
            break
    else:
        if given.endswith("y"):
            options.append(f"{family} {given[:-1]}i")
        elif given.endswith("a"):
            options.append(f"{family} {given}r")
    options.append(f"{given} {family}")
    return options[pick % len(options)]
