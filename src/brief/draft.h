// Draft: the annotation file `dossier draft STORY` proposes for an editor to confirm, edit and
// `dossier annotate`, instead of a blank one written by hand (schemas/annotation.schema.json).
//
// From the story's listed sources, deterministically:
//   - actors: the candidate speakers extraction found quoting, their one-word names merged
//     (MergeCandidateNames), a person when the name is two or three words besides name particles
//     and no organisation's by the claim extractor's rules;
//   - perspectives: one per speaker and topic (a topic is the claim's word the most of the sources'
//     titles use, or that the most of the story's claims share, else the metric of a figure it
//     states), the summary drawn from the speaker's clearest claim, a stance suggested from
//     cue words (`neutral` when they do not lean), dated by the claims, cited by quote;
//   - questions: the real questions the sources ask (real_questions.h);
//   - tensions: figure conflicts, and two speakers with opposite suggested stances on one topic;
//   - metric labels: for the figures of the proposed perspectives' claims that have no metric, the
//     words the claim puts after it ("$40 million a year in new tax revenue");
//   - notes: What and Why it matters, left blank, with a hint saying what goes there.
// Every item carries `"proposed": true`.
//
// Only what is new since the story's last annotation (a perspective, question, resolution, tension or
// note of the story) is proposed: items resting on claims,
// questions and figures recorded after it (a speaker's new claims on a topic make a new, later
// perspective: the next step of their evolution), and nothing already recorded.
#pragma once

#include <cstdint>
#include <string>

#include "dossier/event_store.h"
#include "dossier/status.h"
#include "project/story_views.h"

namespace dossier {

struct DraftCounts {
  size_t actors = 0, perspectives = 0, questions = 0, tensions = 0, metric_labels = 0, notes = 0;
  uint64_t since = 0;  // the log position of the story's last annotation (0: none)
};

struct Draft {
  std::string json;  // the annotation file, one item a line
  DraftCounts counts;
};

// The draft for story `slug` from `views` (at the head of the log: the story's own, LoadStoryViewsOf,
// are enough; ids other stories took are asked of `store`); `today` (YYYY-MM-DD) dates items that
// nothing else dates. Errors: NotFound for a story with no source.
Result<Draft> DraftAnnotations(const std::string& slug, const StoryViews& views, const EventStore& store,
                               const std::string& today);

}  // namespace dossier
