// Fontconfig keeps its configuration and font cache for the life of the process and
// never frees them (FcFini is only safe when nothing uses fontconfig any more). Under
// LeakSanitizer (scripts/test.sh) that shows as leaks in every program that renders the
// PDF with pango, so the test programs that do suppress exactly that library. The
// function is the documented LeakSanitizer hook; without a sanitizer it is unused.
extern "C" char const* __lsan_default_suppressions();
extern "C" char const* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }
