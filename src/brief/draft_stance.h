// The stance `dossier draft` suggests for a speaker's claims on a topic, from cue words: words that
// lean for (pay off, worth, growth, confident…) or against (bubble, waste, overbuilt, doubt…) what
// they speak of, a cue negated by a word just before it ("will not pay off") leaning the other way.
// A suggestion for the editor: `neutral` unless the cues lean, `strongly_…` when they lean by three
// or more. The word lists are ours, curated here and tested in draft_stance_test.cc.
#pragma once

#include <string_view>
#include <vector>

#include "model/annotation_events.h"

namespace dossier {

// How far the cues of `texts` lean: positive for, negative against.
int StanceLean(const std::vector<std::string_view>& texts);

// The stance a lean suggests.
Stance SuggestedStance(int lean);

}  // namespace dossier
