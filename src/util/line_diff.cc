#include "util/line_diff.h"

#include <algorithm>

#include <fmt/format.h>

namespace dossier {
namespace {

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// Myers' greedy forward search over lines a and b, keeping the diagonals each
// round could reach (2d + 3 of them in round d) to trace the path back. Returns false when more
// than `max_d` edits are needed.
bool ShortestEdit(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b, size_t max_d,
                  std::vector<DiffLine>* out) {
  const long n = static_cast<long>(a.size()), m = static_cast<long>(b.size());
  const long max = std::min<long>(n + m, static_cast<long>(max_d));
  const long offset = max + 1;
  std::vector<long> v(2 * max + 3, 0);
  std::vector<std::vector<long>> trace;  // trace[d][k + d + 1]: v before round d
  long found_d = -1;
  for (long d = 0; d <= max && found_d < 0; ++d) {
    trace.emplace_back(v.begin() + offset - d - 1, v.begin() + offset + d + 2);
    for (long k = -d; k <= d; k += 2) {
      long x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1]
                                                                              : v[offset + k - 1] + 1;
      long y = x - k;
      while (x < n && y < m && a[x] == b[y]) ++x, ++y;
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found_d = d;
        break;
      }
    }
  }
  if (found_d < 0) return false;
  std::vector<DiffLine> reversed;
  long x = n, y = m;
  for (long d = found_d; d >= 0; --d) {
    const std::vector<long>& before = trace[d];
    auto at = [&](long k) { return before[k + d + 1]; };
    long k = x - y;
    long prev_k = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
    long prev_x = d == 0 ? 0 : at(prev_k);
    long prev_y = prev_x - prev_k;
    while (x > prev_x && y > prev_y) {
      --x, --y;
      reversed.push_back({DiffLine::kSame, size_t(x + 1), size_t(y + 1), a[x]});
    }
    if (d == 0) break;
    if (x == prev_x) {
      reversed.push_back({DiffLine::kAdded, 0, size_t(prev_y + 1), b[prev_y]});
    } else {
      reversed.push_back({DiffLine::kRemoved, size_t(prev_x + 1), 0, a[prev_x]});
    }
    x = prev_x, y = prev_y;
  }
  out->insert(out->end(), reversed.rbegin(), reversed.rend());
  return true;
}

}  // namespace

std::vector<DiffLine> DiffLines(std::string_view before, std::string_view after, size_t max_changes) {
  std::vector<std::string_view> a = SplitLines(before), b = SplitLines(after);
  std::vector<DiffLine> out;
  if (ShortestEdit(a, b, max_changes, &out)) return out;
  for (size_t i = 0; i < a.size(); ++i) out.push_back({DiffLine::kRemoved, i + 1, 0, a[i]});
  for (size_t j = 0; j < b.size(); ++j) out.push_back({DiffLine::kAdded, 0, j + 1, b[j]});
  return out;
}

std::string UnifiedHunks(const std::vector<DiffLine>& lines, size_t context) {
  std::string out;
  size_t i = 0;
  while (i < lines.size()) {
    if (lines[i].op == DiffLine::kSame) {
      ++i;
      continue;
    }
    // A hunk: from `context` lines before this change to `context` lines after the last change
    // that is no more than 2 * context same lines away.
    size_t start = i >= context ? i - context : 0;
    while (start < i && lines[start].op != DiffLine::kSame) ++start;
    size_t end = i;
    size_t same_run = 0;
    for (size_t j = i; j < lines.size(); ++j) {
      if (lines[j].op == DiffLine::kSame) {
        if (++same_run > 2 * context) break;
      } else {
        same_run = 0;
        end = j;
      }
    }
    size_t stop = std::min(lines.size(), end + 1 + context);
    size_t old_start = 0, new_start = 0, old_count = 0, new_count = 0;
    std::string body;
    for (size_t j = start; j < stop; ++j) {
      const DiffLine& line = lines[j];
      if (line.op != DiffLine::kAdded) {
        if (old_start == 0) old_start = line.old_line;
        ++old_count;
      }
      if (line.op != DiffLine::kRemoved) {
        if (new_start == 0) new_start = line.new_line;
        ++new_count;
      }
      body += line.op == DiffLine::kSame ? ' ' : line.op == DiffLine::kRemoved ? '-' : '+';
      body.append(line.text);
      body += '\n';
    }
    out += fmt::format("@@ -{},{} +{},{} @@\n", old_start, old_count, new_start, new_count);
    out += body;
    i = stop;
  }
  return out;
}

}  // namespace dossier
