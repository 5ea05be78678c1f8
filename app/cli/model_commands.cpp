// Placeholder until the NADE commands land in this session.
#include "app/cli/commands.h"
#include <ostream>
namespace pixelchain::cli {
static int notYet(std::ostream& err) { err << "not available yet\n"; return 1; }
int runTrain(const Words&, std::ostream&, std::ostream& err) { return notYet(err); }
int runEval(const Words&, std::ostream&, std::ostream& err) { return notYet(err); }
int runSample(const Words&, std::ostream&, std::ostream& err) { return notYet(err); }
int runDensity(const Words&, std::ostream&, std::ostream& err) { return notYet(err); }
}
