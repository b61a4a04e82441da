#!/usr/bin/env bash
# Replays the HTTP checks of issue #10 (items 1-8 and 11-13) against a running Bolwerk:
#   scripts/security-probe.sh BASE_URL          e.g. http://127.0.0.1:8080
# Prints one line per check (PASS, FAIL or SKIP with the reason) and exits 1 when a
# check fails. Needs bash, curl, coreutils and sed; run it against a test or demo
# server only: it signs in, tries wrong passwords and codes, and edits one measure.
#
# Accounts come from the demo credentials file that `bolwerk demo` writes (PROBE_CREDENTIALS,
# default ./data/demo-credentials.txt) or from the environment:
#   PROBE_USER_EMAIL, PROBE_USER_PASSWORD    an account without TOTP that may edit measures (demo: medewerker)
#   PROBE_MFA_EMAIL, PROBE_MFA_PASSWORD      an account with TOTP set up (item 2; skipped without)
# Checks that stop something run only when asked:
#   PROBE_DB_STOP, PROBE_DB_START   shell commands that stop and start the database (items 12, 13);
#                                   PROBE_DB_START must return once the database answers
#   PROBE_SERVER_PID                the server's process id on this host; it gets SIGTERM (item 11, last)
set -uo pipefail

base="${1:-}"
if [[ ! "$base" =~ ^https?://[^/]+$ ]]; then
  echo "usage: $0 BASE_URL (e.g. http://127.0.0.1:8080, without a trailing slash)" >&2
  exit 2
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0

pass() { printf 'PASS  %-4s %s\n' "$1" "$2"; }
fail() { printf 'FAIL  %-4s %s\n' "$1" "$2"; failures=$((failures + 1)); }
skip() { printf 'SKIP  %-4s %s\n' "$1" "$2"; }
# check ID TEXT CONDITION-EXIT-STATUS
check() { if [[ "$3" -eq 0 ]]; then pass "$1" "$2"; else fail "$1" "$2"; fi; }

# A header of a saved response (case-insensitive name), without its line end.
header() {
  local file="$1" name="${2,,}" line
  while IFS= read -r line; do
    line="${line%$'\r'}"
    if [[ "${line,,}" == "$name:"* ]]; then
      line="${line#*:}"
      printf '%s' "${line# }"
      return 0
    fi
  done <"$file"
  return 1
}

# The status of a saved response (the last status line: curl saves a 100 Continue too).
status_of() {
  local line status=0
  while IFS= read -r line; do
    [[ "$line" =~ ^HTTP/[0-9.]+\ ([0-9]{3}) ]] && status="${BASH_REMATCH[1]}"
  done <"$1"
  echo "$status"
}

# The value of the first hidden csrf field in a page.
csrf_of() {
  local page
  page="$(<"$1")"
  [[ "$page" =~ name=\"csrf\"\ value=\"([^\"]+)\" ]] && printf '%s' "${BASH_REMATCH[1]}"
}

# credential ROLE email|password: from the demo credentials file ("  EMAIL  PASSWORD  ROLES").
credential() {
  local file="${PROBE_CREDENTIALS:-./data/demo-credentials.txt}" email password rest
  [[ -r "$file" ]] || return 1
  while read -r email password rest; do
    if [[ "$email" == "$1"@* ]]; then
      [[ "$2" == email ]] && printf '%s' "$email" || printf '%s' "$password"
      return 0
    fi
  done <"$file"
  return 1
}

user_email="${PROBE_USER_EMAIL:-$(credential medewerker email)}"
user_password="${PROBE_USER_PASSWORD:-$(credential medewerker password)}"

# sign_in JAR EMAIL PASSWORD: signs in through the form; prints the status of the POST.
sign_in() {
  local jar="$1"
  curl -sS -o "$work/login.html" -c "$jar" -b "$jar" "$base/inloggen"
  local token
  token="$(csrf_of "$work/login.html")"
  curl -sS -o /dev/null -D "$work/login.headers" -c "$jar" -b "$jar" \
    --data-urlencode "email=$2" --data-urlencode "password=$3" --data-urlencode "csrf=$token" "$base/inloggen"
  status_of "$work/login.headers"
}

# The organisation page a signed-in browser lands on ("/organisaties/N"), if any.
organisation_path() {
  curl -sS -o /dev/null -D "$work/home.headers" -b "$1" "$base/"
  local location
  location="$(header "$work/home.headers" location)"
  [[ "$location" =~ ^(/organisaties/[0-9]+) ]] && printf '%s' "${BASH_REMATCH[1]}"
}

# user_session JAR: signs in as the probe user and sets the caller's `organisation`
# (its page) and `token` (the session's CSRF token); fails when that is impossible.
user_session() {
  [[ -n "$user_email" && "$(sign_in "$1" "$user_email" "$user_password")" == 303 ]] || return 1
  organisation="$(organisation_path "$1")"
  curl -sS -o "$work/page" -b "$1" "$base$organisation"
  token="$(csrf_of "$work/page")"
}

# --- 1: response header injection (no sign-in) ----------------------------------------
probe_header_injection() {
  local target line injected=0
  for target in '%2F%0D%0ASet-Cookie%3A%20pwn%3D1' '%2F%0ASet-Cookie%3A%20pwn%3D1' \
    '%2F%0D%0AX-Probe%3A%201%0D%0A%0D%0Asplit'; do
    curl -sS -o "$work/body" -D "$work/headers" "$base/taal/nl?terug=$target"
    header "$work/headers" x-probe >/dev/null && injected=1
    [[ "$(status_of "$work/headers")" == 5* ]] && injected=1
    while IFS= read -r line; do [[ "${line,,}" == set-cookie:\ pwn=* ]] && injected=1; done <"$work/headers"
  done
  check 1 "CR/LF in /taal/nl?terug= never reaches a response header" "$injected"
}

# --- 3: open redirect --------------------------------------------------------------------
probe_open_redirect() {
  local target location bad=0
  for target in '%2F%09%2Fevil.example' '%2F%5Cevil.example' '%2F%2Fevil.example' 'https%3A%2F%2Fevil.example' \
    '%2F%0A%2Fevil.example' '%2F%20%2Fevil.example'; do
    curl -sS -o /dev/null -D "$work/headers" "$base/taal/nl?terug=$target"
    location="$(header "$work/headers" location)"
    location="${location//[$'\t\r\n ']/}" # what a browser strips before it follows a Location
    if [[ -n "$location" && ( "$location" != /* || "$location" == //* || "$location" == /\\* ) ]]; then
      bad=1
    fi
  done
  check 3 "redirect targets of /taal stay on this site (tab, backslash, //, scheme)" "$bad"
}

# --- 4: failures from one address on a few accounts do not block the others ---------------
# Ten accounts with five wrong passwords each: 50 failures, which blocked every account
# behind that address (a municipality's NAT). The fix counts distinct accounts per
# address; this assumes its limit is above ten. That one account's failures lock it for
# every address needs a second client address, which this probe does not have.
probe_lockout() {
  if [[ -z "$user_email" ]]; then skip 4 "no account (PROBE_USER_EMAIL or the demo credentials file)"; return; fi
  local account attempt status
  for account in $(seq 1 10); do
    for attempt in $(seq 1 5); do
      sign_in "$work/nobody.jar" "probe-nobody-$account@example.invalid" "wrong password $attempt" >/dev/null
    done
  done
  status="$(sign_in "$work/user4.jar" "$user_email" "$user_password")"
  [[ "$status" == 303 ]]
  check 4 "50 wrong passwords on 10 accounts do not block another account at the same address (got $status)" $?
}

# --- 5: spreadsheet formulas in CSV exports --------------------------------------------
# The number of a measure nobody has answered yet (its ETag is "v0"), found by trying
# the first measures of each control that the assessment does not list as answered.
unanswered_measure() { # JAR ORGANISATION-ID CSRF-TOKEN
  local assessment control chapter number measure status
  assessment="$(curl -sS -b "$1" "$base/api/v1/organisations/$2/assessment")"
  for control in $(printf '%s' "$assessment" | tr '{' '\n' | sed -n 's/.*"control":"\([0-9]*\.[0-9]*\)".*/\1/p'); do
    chapter="${control%%.*}" number="${control#*.}"
    for measure in "$chapter.$(printf '%02d' "$number").01" "$chapter.$(printf '%02d' "$number").02"; do
      [[ "$assessment" == *"\"measure\":\"$measure\""* ]] && continue
      status="$(curl -sS -o /dev/null -w '%{http_code}' -b "$1" -X PUT -H "X-CSRF-Token: $3" -H 'If-Match: "v0"' \
        -H 'Content-Type: application/json' --data '{"status":"not_started"}' \
        "$base/api/v1/organisations/$2/assessment/measures/$measure")"
      [[ "$status" == 200 ]] && { printf '%s' "$measure"; return 0; }
    done
  done
  return 1
}

probe_csv_formulas() {
  local jar="$work/user5.jar" organisation token measure status api
  if ! user_session "$jar"; then skip 5 "cannot sign in as the probe user"; return; fi
  if ! measure="$(unanswered_measure "$jar" "${organisation##*/}" "$token")"; then
    skip 5 "no unanswered measure to write a formula into"
    return
  fi
  api="$base/api/v1/organisations/${organisation##*/}/assessment/measures/$measure"
  curl -sS -o /dev/null -D "$work/put.headers" -b "$jar" -X PUT -H "X-CSRF-Token: $token" -H 'If-Match: "v1"' \
    -H 'Content-Type: application/json' \
    --data '{"status":"in_progress","owner":"=HYPERLINK(\"http://evil.example\",\"x\")"}' "$api"
  status="$(status_of "$work/put.headers")"
  if [[ "$status" != 200 ]]; then skip 5 "cannot set the owner of $measure (HTTP $status)"; return; fi
  curl -sS -o "$work/vvt.csv" -b "$jar" "$base$organisation/vvt/export/csv"
  local csv found=0
  csv="$(<"$work/vvt.csv")"
  [[ "$csv" == *",=HYPERLINK"* || "$csv" == *",\"=HYPERLINK"* ]] && found=1
  [[ "$csv" == *HYPERLINK* ]] || found=1 # the export must hold the (neutralised) value
  check 5 "a cell starting with = is neutralised in the VvT CSV export (owner of $measure)" "$found"
  curl -sS -o /dev/null -b "$jar" -X PUT -H "X-CSRF-Token: $token" -H "If-Match: $(header "$work/put.headers" etag)" \
    -H 'Content-Type: application/json' --data '{"status":"not_started","owner":""}' "$api"
}

# --- 6: large bodies from callers whose credentials do not hold ---------------------------
probe_large_bodies() {
  head -c $((20 * 1024 * 1024)) /dev/zero >"$work/large"
  local name credential result status sent bad=0
  for name in cookie token; do
    credential='Cookie: bolwerk_session=x'
    [[ "$name" == token ]] && credential='Authorization: Bearer bwk_probe'
    local target="$base/organisaties/1/bewijs"
    [[ "$name" == token ]] && target="$base/api/v1/organisations/1/evidence"
    result="$(curl -sS -o /dev/null -w '%{http_code} %{size_upload}' -H "$credential" -H 'Expect: 100-continue' \
      -H 'Content-Type: multipart/form-data; boundary=probe' --data-binary @"$work/large" "$target" 2>/dev/null)"
    read -r status sent <<<"$result"
    [[ "$status" =~ ^(401|403|413)$ && "${sent%.*}" -lt 1048576 ]] || bad=1
    echo "      $name: HTTP $status after $sent bytes sent" >&2
  done
  check 6 "an upload with an invalid session cookie or token is refused before its 20 MiB body is read" "$bad"
}

# --- 7: invalid UTF-8 in form fields ------------------------------------------------------
probe_invalid_utf8() {
  local jar="$work/utf8.jar" token value bad=0 status
  for value in '%FF%FE' '%C0%AF' '%ED%A0%80' '%E2%82'; do
    curl -sS -o "$work/login.html" -c "$jar" -b "$jar" "$base/inloggen"
    token="$(csrf_of "$work/login.html")"
    status="$(curl -sS -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
      --data "email=probe$value%40example.invalid&password=x&csrf=$token" "$base/inloggen")"
    [[ "$status" == 400 ]] || bad=1
  done
  check 7 "invalid UTF-8 in a form field is a 400, not a 500" "$bad"
}

# --- 2: second-factor guesses are limited --------------------------------------------------
probe_second_factor() {
  if [[ -z "${PROBE_MFA_EMAIL:-}" ]]; then
    skip 2 "needs an account with TOTP set up (PROBE_MFA_EMAIL, PROBE_MFA_PASSWORD)"
    return
  fi
  local jar="$work/mfa.jar" i status statuses="" limited=1
  sign_in "$jar" "$PROBE_MFA_EMAIL" "$PROBE_MFA_PASSWORD" >/dev/null
  for i in $(seq 1 10); do
    curl -sS -o "$work/code.html" -b "$jar" -c "$jar" "$base/inloggen/code"
    status="$(curl -sS -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" \
      --data "code=00000$((i % 10))&csrf=$(csrf_of "$work/code.html")" "$base/inloggen/code")"
    statuses+="$status "
    [[ "$i" -gt 5 && "$status" != 400 ]] && limited=0
  done
  check 2 "wrong second-factor codes are limited (statuses: $statuses)" "$limited"
}

# --- 8: a password change ends the user's other sessions -------------------------------------
probe_sessions() {
  skip 8a "the session id renewed after the second factor needs a TOTP code (no tool here computes one)"
  local first="$work/first.jar" second="$work/second.jar" token changed="${user_password}-Probe8!" status
  if [[ -z "$user_email" || "$(sign_in "$first" "$user_email" "$user_password")" != 303 ]]; then
    skip 8b "cannot sign in as the probe user"
    return
  fi
  sign_in "$second" "$user_email" "$user_password" >/dev/null
  curl -sS -o "$work/account.html" -b "$first" "$base/account"
  token="$(csrf_of "$work/account.html")"
  status="$(curl -sS -o /dev/null -w '%{http_code}' -b "$first" --data-urlencode "csrf=$token" \
    --data-urlencode "current_password=$user_password" --data-urlencode "new_password=$changed" "$base/account/wachtwoord")"
  if [[ "$status" != 200 && "$status" != 303 ]]; then skip 8b "the password change was refused (HTTP $status)"; return; fi
  local other own
  other="$(curl -sS -o /dev/null -w '%{http_code}' -b "$second" "$base/account")"
  own="$(curl -sS -o /dev/null -w '%{http_code}' -b "$first" "$base/account")"
  [[ "$other" != 200 && "$own" == 200 ]]
  check 8b "a password change signs out the other sessions and keeps this one (other: $other, own: $own)" $?
  curl -sS -o "$work/account.html" -b "$first" "$base/account"
  token="$(csrf_of "$work/account.html")"
  status="$(curl -sS -o /dev/null -w '%{http_code}' -b "$first" --data-urlencode "csrf=$token" \
    --data-urlencode "current_password=$changed" --data-urlencode "new_password=$user_password" "$base/account/wachtwoord")"
  [[ "$status" == 200 || "$status" == 303 ]] || echo "      warning: could not change the password of $user_email back" >&2
}

# --- 12, 13: a database outage is a 503 with Retry-After, the session survives it,
# and every pooled connection works at once after the restart ----------------------------------
probe_outage() {
  if [[ -z "${PROBE_DB_STOP:-}" || -z "${PROBE_DB_START:-}" ]]; then
    skip 12 "needs PROBE_DB_STOP and PROBE_DB_START (commands that stop and start the database)"
    skip 13 "needs PROBE_DB_STOP and PROBE_DB_START"
    return
  fi
  local jar="$work/outage.jar" organisation token bad=0 name status
  if ! user_session "$jar"; then skip 12 "cannot sign in as the probe user"; return; fi
  eval "$PROBE_DB_STOP"
  for name in page form api; do
    case "$name" in
      page) curl -sS -o "$work/body" -D "$work/headers" -b "$jar" "$base$organisation" ;;
      form) curl -sS -o "$work/body" -D "$work/headers" -b "$jar" --data-urlencode "csrf=$token" \
        --data-urlencode "title=Probe" "$base$organisation/risicos" ;;
      api) curl -sS -o "$work/body" -D "$work/headers" -b "$jar" -H "X-CSRF-Token: $token" \
        "$base/api/v1/organisations/${organisation##*/}" ;;
    esac
    status="$(status_of "$work/headers")"
    echo "      during the outage, $name: HTTP $status" >&2
    [[ "$status" == 503 ]] && header "$work/headers" retry-after >/dev/null || bad=1
    [[ "$(<"$work/body")" =~ (postgres|sqlite:|libpq) ]] && bad=1
  done
  eval "$PROBE_DB_START"
  local after=0 round
  for round in $(seq 1 10); do
    status="$(curl -sS -o /dev/null -w '%{http_code}' -b "$jar" "$base$organisation")"
    [[ "$status" == 200 ]] || after=1
  done
  [[ "$bad" == 0 && "$(curl -sS -o /dev/null -w '%{http_code}' -b "$jar" "$base/account")" == 200 ]]
  check 12 "during a database outage pages, forms and the API answer 503 with Retry-After (no details) and the session survives" $?
  check 13 "after the database restarts, the first requests succeed (no stale pooled connection)" "$after"
}

# --- 11: requests already sent are answered when the server stops --------------------------
probe_graceful_stop() {
  if [[ -z "${PROBE_SERVER_PID:-}" ]]; then
    skip 11 "needs PROBE_SERVER_PID (the server gets SIGTERM)"
    return
  fi
  if [[ ! "$base" =~ ^http://([^:/]+):([0-9]+)$ ]]; then skip 11 "needs an http://HOST:PORT base URL"; return; fi
  local host="${BASH_REMATCH[1]}" port="${BASH_REMATCH[2]}" request first second line answered=0
  request=$'GET /healthz HTTP/1.1\r\nHost: probe\r\n\r\n'
  exec 3<>"/dev/tcp/$host/$port" 4<>"/dev/tcp/$host/$port" || { fail 11 "cannot connect"; return; }
  printf '%s' "$request" >&3
  IFS= read -r -t 10 first <&3 # the keep-alive connection has served one request and is idle
  while IFS= read -r -t 1 line <&3 && [[ "$line" != $'\r' ]]; do :; done
  read -r -t 1 -N 3 line <&3
  printf '%s' "$request" >&3 # both complete before the stop
  printf '%s' "$request" >&4
  kill -TERM "$PROBE_SERVER_PID"
  IFS= read -r -t 10 first <&3
  IFS= read -r -t 10 second <&4
  exec 3>&- 4>&-
  [[ "$first" == "HTTP/1.1 200"* && "$second" == "HTTP/1.1 200"* ]] && answered=1
  [[ "$answered" == 1 ]]
  check 11 "requests sent before SIGTERM are answered (keep-alive: ${first%$'\r'}; new: ${second%$'\r'})" $?
}

probe_header_injection
probe_open_redirect
probe_csv_formulas
probe_large_bodies
probe_invalid_utf8
probe_second_factor
probe_sessions
probe_outage
probe_lockout # late: where it fails, this address cannot sign in for a while
probe_graceful_stop

if [[ "$failures" -gt 0 ]]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
