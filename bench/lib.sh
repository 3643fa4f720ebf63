# Shared by the scripts in bench/ (sourced, from the project root).

# The run command of README.md ("Run the app on ..."), without its build step, made to exec java so that the
# process id of `bash -c` is the JVM's. APP_COMMAND overrides it.
readme_command() {
  if [ -n "${APP_COMMAND:-}" ]; then echo "$APP_COMMAND"; return; fi
  local line
  line=$(grep -m1 -E 'java .*quarkus-run\.jar' README.md) || { echo "no run command in README.md" >&2; return 1; }
  line=${line#*-DskipTests && }
  # `cd … && [VAR=value …] java …` becomes `cd … && [VAR=value …] exec java …`, so that the JVM is the process started
  line=$(sed -E 's/^\((.*)\)[[:space:]]*$/\1/; s/(^|&& )(([A-Z_]+=[^ ]+ )*)java /\1\2exec java /' <<<"$line")
  echo "$line"
}

# start_app PORT DB LOG [extra environment, NAME=VALUE ...]: starts the app with the README command on the
# given database and port; sets app_pid (the JVM).
start_app() {
  local port=$1 db=$2 log=$3; shift 3
  env QUARKUS_HTTP_PORT="$port" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" "$@" \
    bash -c "$(readme_command)" >"$log" 2>&1 &
  app_pid=$!
}

# wait_ready PORT [seconds] [pid]: until /q/health/ready answers 200 (0), or the app (pid, default app_pid) has
# ended or the time is up (1). Polled by bash itself, over /dev/tcp, pausing with `read -t` on a pipe nothing writes
# to: a poll that starts processes (curl every 50 ms, or even a subshell and `sleep`) took a third of a core from the
# start-up on 2 busy cores and added 0.5-1 s to it (docs/PERFORMANCE.md, sixteenth session).
wait_ready() {
  local port=$1 deadline=$((SECONDS + ${2:-180})) pid=${3:-$app_pid} pause ready=1
  exec {pause}<> <(:)
  while ((SECONDS < deadline)) && kill -0 "$pid" 2>/dev/null; do
    if ready_now "$port"; then ready=0; break; fi
    read -r -t 0.05 -u "$pause" || true
  done
  exec {pause}>&-
  return $ready
}

ready_now() { # PORT
  local http line=
  { exec {http}<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
  printf 'GET /q/health/ready HTTP/1.0\r\n\r\n' >&"$http"
  IFS= read -r -t 2 line <&"$http" || true
  exec {http}>&-
  [[ $line == *" 200 "* ]]
}

stop_app() {
  if [ -n "${app_pid:-}" ]; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=
  fi
}

# signin_cookie BASE USERNAME PASSWORD JAR: the browser's sign-in (login page for the CSRF cookie and field,
# then the form); the cookie jar then holds quarkus-credential.
signin_cookie() {
  local base=$1 user=$2 password=$3 jar=$4 token
  token=$(curl -fs -c "$jar" -b "$jar" "$base/login" | grep -o '<input[^>]*name="csrf-token"[^>]*>' | head -1 |
          sed -E 's/.*value="([^"]*)".*/\1/')
  curl -fs -c "$jar" -b "$jar" -o /dev/null --data-urlencode "j_username=$user" --data-urlencode "j_password=$password" \
    --data-urlencode "csrf-token=$token" "$base/j_security_check"
  grep -q quarkus-credential "$jar" || { echo "sign-in of $user failed" >&2; return 1; }
}

# send_line FILE [N]: sends the first request of a bench/wrk request file (line N) once with curl, filling its
# placeholders ({uuid}, {card:LO:HI} -> LO, {rating} -> 3); prints the status code.
send_line() {
  local file=$1 n=${2:-1} method path headers body args=() h
  IFS=$'\t' read -r method path headers body < <(sed -n "${n}p" "$file")
  fill() { local s=$1; s=${s//\{uuid\}/$(cat /proc/sys/kernel/random/uuid)}; s=${s//\{rating\}/3}
           sed -E 's/\{card:([0-9]+):[0-9]+\}/\1/g' <<<"$s"; }
  while IFS= read -r h; do [ -n "$h" ] && args+=(-H "$h"); done < <(sed 's/ | /\n/g' <<<"$headers")
  [ -n "$body" ] && args+=(--data-binary "$(fill "$body")")
  curl -s -o /dev/null -w '%{http_code}' -X "$method" "${args[@]}" "$BASE$(fill "$path")"
}
