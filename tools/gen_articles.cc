// gen_articles: writes COUNT synthetic articles as JSON Lines (schemas/article.schema.json) to
// standard output, the same bytes for the same COUNT, SEED and WORDS on every machine. For the crash
// test and for benchmarks of ingest; the texts mix figures, punctuation and non-Latin scripts like
// real news, but say nothing.
//
//   gen_articles COUNT SEED [WORDS] [--quotes]
//     WORDS     about how many words per text (default 500)
//     --quotes  about one paragraph in three opens with a sentence quoted from one of a few invented
//               speakers ("…," said NAME, ROLE.), so the story has claims, speakers and stances to
//               brief (bench_scale's 50-source story); without it the bytes are those of before
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <fmt/format.h>

#include "util/dates.h"
#include "util/json_writer.h"

namespace {

// splitmix64: tiny, fast, and the same sequence everywhere (std::*_distribution is not).
class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  uint64_t Below(uint64_t n) { return Next() % n; }
  template <size_t N>
  const char* Pick(const char* const (&items)[N]) { return items[Below(N)]; }

 private:
  uint64_t state_;
};

const char* const kWords[] = {
    "capex", "data", "centre", "investment", "return", "spending", "chips", "power", "grid", "model",
    "training", "inference", "cloud", "revenue", "margin", "analysts", "expect", "quarter", "growth",
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "by", "was", "it",
    "bubble", "demand", "supply", "GPU", "cluster", "campus", "lease", "debt", "bond", "equity",
    "naïve", "déjà", "façade", "Zürich", "東京", "数据中心", "投资", "München", "€", "—", "…",
};
const char* const kOutlets[] = {"Synthetic Times", "Example Daily", "The Placeholder", "Lorem Review",
                                "Test Wire"};
const char* const kAuthors[] = {"A. Writer", "B. Reporter", "C. Columnist", "D. Analyst", "Zoë Ångström"};
// Invented speakers for --quotes: names nobody else's test texts use.
const char* const kSpeakers[] = {"Ilsabet Varnquist", "Tomasz Orlebeck", "Pernille Okafor-Strand", "Dagoberto Lindqvist",
                                 "Wen Haoyu", "Marisol Tkachenko", "Aurelio Brandvik", "Noor Ellingsen"};
const char* const kTopics[] = {"data centre spending", "GPU demand", "cloud revenue", "grid power", "AI capex",
                               "chip supply"};
const char* const kRoles[] = {"chief investment officer at Quorvath Fund", "an analyst at Henwick Brothers",
                              "head of research at Saltmere Capital", "a partner at Oxbury Vale"};

std::string Figure(Random& random) {
  switch (random.Below(4)) {
    case 0: return fmt::format("${}.{} billion", 1 + random.Below(900), random.Below(10));
    case 1: return fmt::format("{}%", random.Below(100));
    case 2: return fmt::format("{} GW", 1 + random.Below(20));
    default: return fmt::format("{}", 1000 + random.Below(9000000));
  }
}

// A sentence quoted from an invented speaker, with a figure in it.
std::string Quote(Random& random) {
  return fmt::format("\"We expect {} to reach {} next year, and the bubble talk is {},\" said {}, {}. ",
                     random.Pick(kTopics), Figure(random), random.Below(2) ? "overdone" : "only beginning",
                     random.Pick(kSpeakers), random.Pick(kRoles));
}

std::string Text(Random& random, const std::string& title, uint64_t words, bool quotes) {
  std::string text = title + "\n\n";
  if (quotes) text += Quote(random);
  uint64_t in_sentence = 0, in_paragraph = 0;
  for (uint64_t w = 0; w < words; ++w) {
    text += random.Below(12) == 0 ? Figure(random) : random.Pick(kWords);
    if (++in_sentence >= 8 + random.Below(12)) {
      text += ".";
      in_sentence = 0;
      if (++in_paragraph >= 3 + random.Below(4)) {
        text += "\n\n";
        in_paragraph = 0;
        if (quotes && random.Below(3) == 0) text += Quote(random);
        continue;
      }
    }
    text += " ";
  }
  text += ".\n";
  return text;
}

// A real calendar day between 2020-01-01 and about 2025-06.
std::string Date(Random& random) { return dossier::DateFromDays(18262 + static_cast<int64_t>(random.Below(2000))); }

}  // namespace

int main(int argc, char** argv) {
  const bool quotes = argc > 1 && std::string(argv[argc - 1]) == "--quotes";
  if (quotes) --argc;
  if (argc < 3 || argc > 4) {
    std::fprintf(stderr, "usage: gen_articles COUNT SEED [WORDS] [--quotes]\n");
    return 2;
  }
  const uint64_t count = std::strtoull(argv[1], nullptr, 10);
  const uint64_t seed = std::strtoull(argv[2], nullptr, 10);
  const uint64_t words = argc == 4 ? std::strtoull(argv[3], nullptr, 10) : 500;
  Random random(seed);
  for (uint64_t i = 1; i <= count; ++i) {
    const std::string title = fmt::format("Synthetic article {} of {}: {} {} {}", i, count, random.Pick(kWords),
                                          random.Pick(kWords), Figure(random));
    dossier::JsonWriter w;
    w.BeginObject()
        .Key("id").String(fmt::format("synthetic-{}-{}", seed, i))
        .Key("url").String(fmt::format("https://synthetic.example/{}/{}", seed, i))
        .Key("title").String(title)
        .Key("outlet").String(random.Pick(kOutlets))
        .Key("author").String(random.Pick(kAuthors))
        .Key("published").String(Date(random))
        .Key("language").String("en")
        .Key("text").String(Text(random, title, words / 2 + random.Below(words + 1), quotes))
        .EndObject();
    std::fwrite(w.str().data(), 1, w.str().size(), stdout);
    std::fputc('\n', stdout);
  }
  return std::fflush(stdout) == 0 ? 0 : 1;
}
