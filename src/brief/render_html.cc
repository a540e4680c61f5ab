#include "brief/render_html.h"

#include <algorithm>
#include <iterator>
#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

#include "brief/render_empty_note.h"
#include "brief/stance_chart.h"
#include "util/html_escape.h"

namespace dossier {
namespace {

// Scripts are forbidden outright; the inline stylesheet is the only resource the page uses.
constexpr std::string_view kContentSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

constexpr std::string_view kStyle = R"css(
body{font:16px/1.5 Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;color:#1d1d1d;background:#fff}
h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ddd}
h3{font-size:1.05em;margin:1.2em 0 .2em}
header p{margin:.1em 0;color:#555}.version{font-weight:bold;color:#1d1d1d}
ul{padding-left:1.2em}ul.sources{list-style:none;padding-left:0}.none{color:#777;font-style:italic}
time{font-variant-numeric:tabular-nums}
a.cite{text-decoration:none;font-size:.8em;vertical-align:super}
.figure{position:relative;background:#eef3fa;border-bottom:1px dotted #245;cursor:help}
.figure:focus{outline:2px solid #245;outline-offset:1px}
.trace{display:none;position:absolute;left:0;top:1.5em;z-index:10;width:30em;max-width:85vw;padding:.5em .7em;
  background:#fff;border:1px solid #888;box-shadow:0 2px 8px rgba(0,0,0,.2);font:13px/1.4 sans-serif;color:#222}
.figure:hover>.trace,.figure:focus>.trace,.figure:focus-within>.trace{display:block}
.trace>*{display:block;margin:.15em 0}.trace mark{background:#ffe27a}
code,.source-id{font:12px/1.4 monospace;color:#555}
.stance-chart{display:block;margin:.4em 0;font:10px sans-serif}
.stance-chart .grid{stroke:#e4e4e4}.stance-chart .level{text-anchor:end;fill:#666}
.stance-chart .date{fill:#666}.stance-chart .end{text-anchor:end}.stance-chart .topic{fill:#333}
.stance-chart polyline{fill:none;stroke-width:1.5}
.t0{stroke:#1f77b4;fill:#1f77b4}.t1{stroke:#d62728;fill:#d62728}.t2{stroke:#2ca02c;fill:#2ca02c}
.t3{stroke:#9467bd;fill:#9467bd}.t4{stroke:#ff7f0e;fill:#ff7f0e}.t5{stroke:#8c564b;fill:#8c564b}
)css";

// True when `offset` does not fall inside a UTF-8 sequence of `text`.
bool AtCharBoundary(std::string_view text, uint64_t offset) {
  return offset == text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

class HtmlPage {
 public:
  explicit HtmlPage(const Briefing& briefing) : b_(briefing) {
    for (const BriefFigure& figure : b_.figures) figures_.emplace(figure.id, &figure);
    for (const BriefSource& source : b_.sources) sources_.emplace(source.number, &source);
  }

  std::string Render() {
    Head();
    Header();
    Paragraphs("what", "What", b_.what);
    Paragraphs("why-it-matters", "Why it matters", b_.why_it_matters);
    List("open-questions", "Open questions", b_.open_questions);
    Narrative();
    Timeline();
    Perspectives();
    List("tensions", "Tensions", b_.tensions);
    Sources();
    Figures();
    out_.append("</body>\n</html>\n");
    return std::move(out_);
  }

 private:
  void Text(std::string_view text) { AppendHtmlText(&out_, text); }
  void Attribute(std::string_view value) { AppendHtmlAttribute(&out_, value); }

  void Head() {
    out_.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    fmt::format_to(std::back_inserter(out_), "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n",
                   kContentSecurityPolicy);
    out_.append("<meta name=\"referrer\" content=\"no-referrer\">\n");
    out_.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    Text(b_.title);
    out_.append("</title>\n<style>");
    out_.append(kStyle);
    out_.append("</style>\n</head>\n<body>\n");
  }

  void Header() {
    out_.append("<header>\n<h1>");
    Text(b_.title);
    out_.append("</h1>\n<p class=\"version\">");
    if (b_.version == 0) {
      out_.append("Draft (not published)");
    } else {
      fmt::format_to(std::back_inserter(out_), "Version {}", b_.version);
    }
    out_.append("</p>\n<p class=\"stamp\">");
    Text(b_.timestamp);
    fmt::format_to(std::back_inserter(out_), " · {} item{}", b_.item_count(), b_.item_count() == 1 ? "" : "s");
    if (b_.as_of) {
      out_.append(" · as of ");
      Text(*b_.as_of);
    }
    out_.append("</p>\n</header>\n");
  }

  void OpenSection(std::string_view id, std::string_view heading) {
    section_ = id;
    fmt::format_to(std::back_inserter(out_), "<section id=\"{}\">\n<h2>{}</h2>\n", id, heading);
  }
  // Why the open section is empty and what to run.
  void None() {
    std::string key(section_);
    std::replace(key.begin(), key.end(), '-', '_');
    out_.append("<p class=\"none\">");
    Text(EmptySectionNote(key, b_));
    out_.append("</p>\n");
  }

  // Each line its own paragraph.
  void Paragraphs(std::string_view id, std::string_view heading, const std::vector<BriefText>& lines) {
    OpenSection(id, heading);
    if (lines.empty()) None();
    for (const BriefText& line : lines) {
      out_.append("<p>");
      Line(line);
      out_.append("</p>\n");
    }
    out_.append("</section>\n");
  }

  // `items` as a <ul> (with `attributes`), each <li> written by `item`; "None recorded." when empty.
  template <typename T, typename WriteItem>
  void ListOf(const std::vector<T>& items, std::string_view attributes, WriteItem item) {
    if (items.empty()) return None();
    fmt::format_to(std::back_inserter(out_), "<ul{}>\n", attributes);
    for (const T& each : items) {
      item(each);
      out_.append("</li>\n");
    }
    out_.append("</ul>\n");
  }

  void List(std::string_view id, std::string_view heading, const std::vector<BriefText>& lines) {
    OpenSection(id, heading);
    ListOf(lines, "", [&](const BriefText& line) {
      out_.append("<li>");
      Line(line);
    });
    out_.append("</section>\n");
  }

  void Narrative() {
    OpenSection("narrative", "Narrative");
    if (b_.narrative.empty()) None();
    for (const std::vector<BriefText>& paragraph : b_.narrative) {
      out_.append("<p>");
      for (size_t i = 0; i < paragraph.size(); ++i) {
        if (i > 0) out_.push_back(' ');
        Line(paragraph[i]);
      }
      out_.append("</p>\n");
    }
    out_.append("</section>\n");
  }

  void Timeline() {
    OpenSection("timeline", "Timeline");
    auto undated = std::find_if(b_.timeline.begin(), b_.timeline.end(),
                                [](const BriefTimelineItem& item) { return item.date.empty(); });
    const std::vector<BriefTimelineItem> dated(b_.timeline.begin(), undated);
    if (!dated.empty() || b_.timeline.empty()) {
      ListOf(dated, "", [&](const BriefTimelineItem& item) {
        out_.append("<li><time>");
        Text(item.date);
        out_.append("</time>: ");
        Line(item.text);
      });
    }
    if (undated != b_.timeline.end()) {
      out_.append("<h3>Undated, in the order recorded</h3>\n<ul>\n");
      for (auto item = undated; item != b_.timeline.end(); ++item) {
        out_.append("<li>");
        Line(item->text);
        out_.append("</li>\n");
      }
      out_.append("</ul>\n");
    }
    out_.append("</section>\n");
  }

  void Perspectives() {
    OpenSection("perspectives", "Perspectives");
    if (b_.perspectives.empty()) None();
    for (const BriefPerspective& p : b_.perspectives) {
      out_.append("<div class=\"perspective\">\n<h3>");
      Text(p.name);
      out_.append("</h3>\n<p>");
      Line(p.summary);
      out_.append("</p>\n<p class=\"evolution\"><strong>Evolution:</strong> ");
      Line(p.evolution);
      out_.append("</p>\n");
      AppendStanceChart(&out_, p);
      out_.append("</div>\n");
    }
    out_.append("</section>\n");
  }

  // Each source with its anchor #source-N, linked to its url only when that is http or https.
  void Sources() {
    OpenSection("sources", "Sources");
    ListOf(b_.sources, " class=\"sources\"", [&](const BriefSource& s) {
      fmt::format_to(std::back_inserter(out_), "<li id=\"source-{0}\">[{0}] ", s.number);
      const bool linked = s.url && IsLinkableUrl(*s.url);
      if (linked) {
        out_.append("<a href=\"");
        Attribute(*s.url);
        out_.append("\">");
      }
      Text(s.title);
      if (linked) out_.append("</a>");
      std::string by;  // "outlet, author (published)", as far as known
      if (s.outlet) by = *s.outlet;
      if (s.author) by += (by.empty() ? "" : ", ") + *s.author;
      if (s.published) by += (by.empty() ? "(" : " (") + *s.published + ")";
      if (!by.empty()) {
        out_.append(" — ");
        Text(by);
      }
      if (s.url && !linked) {
        out_.append(" <span class=\"url\">(not linked: ");
        Text(*s.url);
        out_.append(")</span>");
      }
      out_.append(" <span class=\"source-id\">");
      Text(s.source_id);
      fmt::format_to(std::back_inserter(out_), " v{}</span>", s.version);
    });
    out_.append("</section>\n");
  }

  // Every figure the lines mark, each with its trace: an auditor's index.
  void Figures() {
    OpenSection("figures", "Figures");
    ListOf(b_.figures, " class=\"figures\"", [&](const BriefFigure& f) {
      out_.append("<li><code>");
      Text(f.id);
      out_.append("</code> ");
      Figure(f.surface, f);
      fmt::format_to(std::back_inserter(out_), " — [{}] bytes {}–{}", f.source_number, f.begin, f.end);
    });
    out_.append("</section>\n");
  }

  // A line of text with its figure marks, then its citations.
  void Line(const BriefText& line) {
    const std::string_view text = line.text;
    uint64_t done = 0;
    for (const FigureMark& mark : line.figures) {
      const auto found = figures_.find(mark.figure_id);
      const bool valid = mark.begin >= done && mark.begin < mark.end && mark.end <= text.size() &&
                         AtCharBoundary(text, mark.begin) && AtCharBoundary(text, mark.end) && found != figures_.end();
      if (!valid) continue;
      Text(text.substr(done, mark.begin - done));
      Figure(text.substr(mark.begin, mark.end - mark.begin), *found->second);
      done = mark.end;
    }
    Text(text.substr(done));
    if (!line.citations.empty()) out_.push_back(' ');
    for (int n : line.citations) {
      if (sources_.count(n)) {
        fmt::format_to(std::back_inserter(out_), "<a class=\"cite\" href=\"#source-{0}\">[{0}]</a>", n);
      } else {
        fmt::format_to(std::back_inserter(out_), "<span class=\"cite\">[{}]</span>", n);
      }
    }
  }

  // The marked words, and the trace a reader sees on hover, focus or click.
  void Figure(std::string_view marked, const BriefFigure& f) {
    out_.append("<span class=\"figure\" tabindex=\"0\" data-figure=\"");
    Attribute(f.id);
    out_.append("\">");
    Text(marked);
    out_.append("<span class=\"trace\" role=\"tooltip\">\n<span class=\"trace-source\">");
    const auto source = sources_.find(f.source_number);
    if (source != sources_.end()) {
      fmt::format_to(std::back_inserter(out_), "<a href=\"#source-{0}\">[{0}]</a> ", f.source_number);
      Text(source->second->title);
    } else {
      out_.append("(source not listed)");
    }
    out_.append("</span>\n<span class=\"trace-span\">source <code>");
    Text(f.source_id);
    fmt::format_to(std::back_inserter(out_), "</code> v{} · bytes {}–{}</span>\n<span class=\"trace-sentence\">“",
                   f.source_version, f.begin, f.end);
    const size_t at = f.surface.empty() ? std::string::npos : f.sentence.find(f.surface);
    if (at == std::string::npos) {
      Text(f.sentence);
    } else {
      Text(std::string_view(f.sentence).substr(0, at));
      out_.append("<mark>");
      Text(f.surface);
      out_.append("</mark>");
      Text(std::string_view(f.sentence).substr(at + f.surface.size()));
    }
    out_.append("”</span>\n<code class=\"trace-command\">dossier trace ");
    Text(f.id);
    out_.append("</code></span></span>");
  }

  const Briefing& b_;
  std::string_view section_;  // the id of the section being written
  std::unordered_map<std::string, const BriefFigure*> figures_;
  std::unordered_map<int, const BriefSource*> sources_;
  std::string out_;
};

}  // namespace

std::string RenderBriefingHtml(const Briefing& briefing) { return HtmlPage(briefing).Render(); }

}  // namespace dossier
