#pragma once

#include "common/id.hpp"

// The ids of the incident aggregate (issue #15). Declared here rather than in
// common/id.hpp so that the incident module is one folder.
namespace bolwerk {

struct IncidentTag;
struct TimelineEntryTag;
struct CvdReportTag;
using IncidentId = Id<IncidentTag>;
using TimelineEntryId = Id<TimelineEntryTag>;
using CvdReportId = Id<CvdReportTag>;

} // namespace bolwerk
