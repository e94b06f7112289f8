package org.biadeposit.biostudies;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.biadeposit.Progress;
import org.biadeposit.ProgressListener;
import org.biadeposit.ProgressMeter;
import org.biadeposit.pagetab.PageTabJson;
import org.biadeposit.pagetab.Submission;

import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The BioStudies submission API (spec {@code biostudies-api.md}): log in, list and fill the user folder, submit,
 * follow the submission. One OkHttp client; a network interceptor adds the session token ({@code X-Session-Token})
 * to requests for this server only; an application interceptor retries transient failures ({@link RetryPolicy}).
 * <p>
 * Safe for use from several threads (uploads run in parallel). The session token lives in this object only: it is
 * never logged, never part of a message or exception, and not sent to any other host. Nothing here logs request or
 * response bodies.
 * </p>
 * <p>
 * How requests travel is {@link Transport}'s: no redirect to another origin and nothing over plain http to a remote
 * host, a time bound for each kind of call ({@link Timeouts}) with messages to the {@link #listener listener} while
 * an answer is awaited, a size limit for every answer, and retries (429 and 503 after their Retry-After).
 * </p>
 * <p>
 * (Over 400 lines: the whole submission API in one place, one method per endpoint; the transport lives apart.)
 * </p>
 */
public final class BioStudiesClient implements AutoCloseable {

	static final String TOKEN_HEADER = "X-Session-Token";
	private static final MediaType JSON_TYPE = MediaType.get("application/json");
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final long MAX_ERROR_BODY = 1 << 20;

	private final Server server;
	private final Transport transport;
	private volatile String token;
	private volatile ProgressListener listener = ProgressListener.NONE;

	/** Settings for a client. */
	public static final class Builder {

		private final Server server;
		private RetryPolicy retry = RetryPolicy.DEFAULT;
		private Timeouts t = Timeouts.DEFAULT;

		private Builder(Server server) {
			this.server = server;
		}

		public Builder retry(RetryPolicy policy) {
			this.retry = policy;
			return this;
		}

		public Builder connectTimeout(Duration d) {
			t = new Timeouts(d, t.read(), t.write(), t.submit(), t.uploadAnswerCap(), t.call(), t.notice());
			return this;
		}

		/**
		 * How long to wait for the answer to a short call (log in, list, status…) and for each further piece of any
		 * answer; an upload's answer may take longer, by the file's size. Default 30 s.
		 */
		public Builder readTimeout(Duration d) {
			t = new Timeouts(t.connect(), d, t.write(), t.submit(), t.uploadAnswerCap(), t.call(), t.notice());
			return this;
		}

		/** How long one write to the network may stall. Default 2 min. */
		public Builder writeTimeout(Duration d) {
			t = new Timeouts(t.connect(), t.read(), d, t.submit(), t.uploadAnswerCap(), t.call(), t.notice());
			return this;
		}

		/** The longest a short call may take in all, retries and their waits included. Default 2 min. */
		public Builder callTimeout(Duration d) {
			t = new Timeouts(t.connect(), t.read(), t.write(), t.submit(), t.uploadAnswerCap(), d, t.notice());
			return this;
		}

		/** After how long a wait for the server's answer is reported to the listener. Default 5 s. */
		public Builder waitingNotice(Duration d) {
			t = new Timeouts(t.connect(), t.read(), t.write(), t.submit(), t.uploadAnswerCap(), t.call(), d);
			return this;
		}

		public BioStudiesClient build() {
			return new BioStudiesClient(this);
		}
	}

	public static Builder builder(Server server) {
		return new Builder(server);
	}

	/** A client with the default retries and timeouts. */
	public BioStudiesClient(Server server) {
		this(builder(server));
	}

	private BioStudiesClient(Builder b) {
		this.server = b.server;
		Interceptor sessionToken = chain -> {
			Request r = chain.request();
			String t = token;
			if (t != null && server.sameOrigin(r.url()) && r.header(TOKEN_HEADER) == null) {
				r = r.newBuilder().header(TOKEN_HEADER, t).build();
			}
			return chain.proceed(r);
		};
		this.transport = new Transport(server, b.retry, b.t, sessionToken);
	}

	/**
	 * Where messages about slow answers go ({@code "listing the user folder: waiting for the server's answer
	 * (20 s)…"}); they come from another thread than the call's. An upload's go to its own listener.
	 */
	public void listener(ProgressListener l) {
		this.listener = l == null ? ProgressListener.NONE : l;
	}

	public Server server() {
		return server;
	}

	/** Whether a session is open. */
	public boolean isLoggedIn() {
		return token != null;
	}

	/**
	 * Logs in ({@code POST /auth/login}) and keeps the session token for the following calls. The password is sent
	 * from a byte array that is wiped afterwards; the caller wipes its char array.
	 *
	 * @param user the e-mail address (or login name) of the BioStudies account
	 * @throws BioStudiesException 401 when the server does not accept the e-mail or password
	 */
	public UserProfile login(String user, char[] password) throws BioStudiesException {
		if (user == null || user.isBlank()) {
			throw new BioStudiesException("no user given: log in with your e-mail address");
		}
		if (password == null || password.length == 0) throw new BioStudiesException("no password given for " + user);
		token = null; // a new session; an earlier one is not sent along
		byte[] body = loginBody(user, password);
		Request request = new Request.Builder().url(url("auth/login")).post(RequestBody.create(body, JSON_TYPE))
			.tag(CallKind.class, CallKind.LOGIN).build();
		String what = "logging in as " + user;
		try (Response response = call(request, what, password)) {
			if (response.code() == 401) {
				throw failure(response, "the server did not accept the e-mail or password for " + user, password);
			}
			if (!response.isSuccessful()) throw failure(response, what, password);
			JsonNode profile = json(response, what);
			String sessid = profile.path("sessid").asText("");
			if (sessid.isEmpty()) throw new BioStudiesException("logging in: the server's answer has no session token");
			token = sessid;
			return new UserProfile(text(profile, "email"), text(profile, "username"), text(profile, "fullname"),
				text(profile, "secret"), profile.path("superuser").asBoolean(false), text(profile, "uploadType"));
		}
		finally {
			Arrays.fill(body, (byte) 0);
		}
	}

	/**
	 * Ends the session ({@code POST /auth/logout}). The token is forgotten even if the server cannot be reached. Does
	 * nothing when not logged in.
	 */
	public void logout() throws BioStudiesException {
		String t = token;
		if (t == null) return;
		ObjectNode body = JSON.createObjectNode().put("sessid", t);
		Request request = new Request.Builder().url(url("auth/logout"))
			.post(RequestBody.create(body.toString().getBytes(StandardCharsets.UTF_8), JSON_TYPE)).build();
		try (Response response = call(request, "logging out", null)) {
			if (!response.isSuccessful()) throw failure(response, "logging out", null);
		}
		finally {
			token = null;
		}
	}

	/**
	 * What is in a folder of the user folder ({@code GET /files/user/{path}}), not descending into sub-folders.
	 *
	 * @param path the folder, from the user folder's root ({@code ""} for the root)
	 */
	public List<UserFile> list(String path) throws BioStudiesException {
		String folder = folder(path);
		Request request = new Request.Builder().url(userUrl("files/user", folder)).get()
			.tag(CallKind.class, CallKind.LISTING).build();
		String what = "listing the user folder" + (folder.isEmpty() ? "" : " " + folder);
		try (Response response = call(request, what, null)) {
			if (!response.isSuccessful()) throw failure(response, what, null);
			// Parsed one entry at a time: a long listing never becomes a tree in memory.
			return Answers.parse(response, what, p -> {
				if (p.nextToken() != JsonToken.START_ARRAY) return null;
				List<UserFile> files = new ArrayList<>();
				for (JsonToken t; (t = p.nextToken()) != JsonToken.END_ARRAY;) {
					if (t == null) throw new JsonParseException(p, "no end");
					if (t != JsonToken.START_OBJECT) {
						p.skipChildren();
						continue;
					}
					JsonNode f = JSON.readTree(p);
					String name = f.path("name").asText("");
					if (name.isEmpty()) continue;
					files.add(new UserFile(folder.isEmpty() ? name : folder + "/" + name, f.path("size").asLong(0),
						f.path("type").asText("FILE").equalsIgnoreCase("DIR")));
				}
				return files;
			}, "a list of files");
		}
	}

	/** Everything under a folder of the user folder, sub-folders included (each folder listed before its content). */
	public List<UserFile> listTree(String path) throws BioStudiesException {
		List<UserFile> all = new ArrayList<>();
		Deque<String> folders = new ArrayDeque<>(List.of(folder(path)));
		while (!folders.isEmpty()) {
			for (UserFile f : list(folders.removeFirst())) {
				all.add(f);
				if (f.directory()) folders.addLast(f.path());
			}
		}
		return all;
	}

	/** Makes a folder {@code name} inside {@code path} ({@code POST /folder/user/{path}?folder=name}). */
	public void createFolder(String path, String name) throws BioStudiesException {
		String folder = folder(path);
		if (name == null || name.isEmpty() || name.contains("/") || name.equals(".") || name.equals("..")) {
			throw new IllegalArgumentException("not a folder name: '" + name + "'");
		}
		HttpUrl url = userUrl("folder/user", folder).newBuilder().addQueryParameter("folder", name).build();
		Request request = new Request.Builder().url(url).post(RequestBody.create(new byte[0], null)).build();
		String what = "creating the folder " + (folder.isEmpty() ? name : folder + "/" + name);
		try (Response response = call(request, what, null)) {
			if (!response.isSuccessful()) throw failure(response, what, null);
		}
	}

	/**
	 * Uploads one file to the user folder ({@code POST /files/user/{folder}}, multipart part {@code files} whose
	 * filename is the last part of the remote path), streaming it from disk and computing its SHA-256 on the way (no
	 * MD5: see {@link #upload(Path, String, ProgressListener, boolean)}). The remote folder must exist. A file of the
	 * same name there is replaced.
	 *
	 * @param remotePath where the file goes, from the user folder's root, e.g. {@code assayA/emb01.tif}
	 * @param listener told about the bytes sent; may be null
	 * @return the size and SHA-256 of the bytes the server received
	 */
	public Checksums upload(Path localFile, String remotePath, ProgressListener listener) throws IOException {
		return upload(localFile, remotePath, listener, false);
	}

	/**
	 * {@link #upload(Path, String, ProgressListener)}, computing MD5 as well when {@code md5} is true.
	 *
	 * @return the size and digests of the bytes the server received (MD5 null unless asked for)
	 */
	public Checksums upload(Path localFile, String remotePath, ProgressListener listener, boolean md5)
		throws IOException
	{
		ProgressMeter meter = ProgressMeter.bytes(Progress.Step.UPLOAD, Files.size(localFile), 1, listener);
		Checksums sent = send(localFile, remotePath, meter, md5);
		meter.fileDone(remotePath);
		return sent;
	}

	/** The upload, counting its bytes into a meter shared by parallel uploads (the meter is not told it is done). */
	Checksums send(Path localFile, String remotePath, ProgressMeter meter, boolean md5) throws IOException {
		String remote = folder(remotePath);
		if (remote.isEmpty()) throw new IllegalArgumentException("no remote path for " + localFile);
		int slash = remote.lastIndexOf('/');
		String folder = slash < 0 ? "" : remote.substring(0, slash), name = remote.substring(slash + 1);
		long size;
		try {
			size = Files.size(localFile);
		}
		catch (IOException e) {
			throw new BioStudiesException("cannot read " + localFile + ": " + e, e);
		}
		FileUploadBody file = new FileUploadBody(localFile, size, remote, meter, md5);
		RequestBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
			.addFormDataPart("files", name, file).build();
		Request request = new Request.Builder().url(userUrl("files/user", folder)).post(body)
			.tag(CallKind.class, CallKind.UPLOAD).build();
		String what = "uploading " + remote;
		try (Response response = call(request, what, null, meter::message)) {
			if (!response.isSuccessful()) throw failure(response, what, null);
		}
		catch (IOException e) {
			file.rewind();
			throw e;
		}
		Checksums checksums = file.checksums();
		if (checksums == null) {
			throw new BioStudiesException(what + ": the server answered before it had the whole file");
		}
		return checksums;
	}

	/**
	 * Submits a study as PageTab JSON ({@code POST /submissions/async}, header {@code Submission_Type:
	 * application/json}) and returns at once; the server processes it afterwards (follow with {@link #status}). The
	 * files it names must be in the user folder. Not retried once the request may have reached the server, so that
	 * a lost answer cannot make two studies.
	 */
	public SubmissionRequest submitAsync(String submissionJson) throws BioStudiesException {
		RequestBody body = new OneShot(RequestBody.create(submissionJson.getBytes(StandardCharsets.UTF_8), JSON_TYPE));
		Request request = new Request.Builder().url(url("submissions/async"))
			.header("Submission_Type", "application/json")
			.tag(RetryInterceptor.NotIdempotent.class, RetryInterceptor.NotIdempotent.SUBMISSION)
			.tag(CallKind.class, CallKind.SUBMISSION).post(body).build();
		try (Response response = call(request, "submitting", null)) {
			if (!response.isSuccessful()) throw failure(response, "submitting", null);
			JsonNode answer = json(response, "submitting");
			String accNo = answer.path("accNo").asText("");
			if (accNo.isEmpty()) throw new BioStudiesException("submitting: the server's answer has no accession");
			return new SubmissionRequest(accNo, answer.path("version").asInt(1));
		}
	}

	/**
	 * Submits a new version of an existing study: the submission's {@code accno} is set to the accession first.
	 *
	 * @param accession e.g. {@code S-BIAD1234}; null or blank submits as it is
	 */
	public SubmissionRequest submitAsync(String submissionJson, String accession) throws IOException {
		return submitAsync(accession == null || accession.isBlank() ? submissionJson : withAccession(submissionJson,
			accession.strip()));
	}

	/**
	 * Where the server is with a submission ({@code GET /submissions/requests/{accNo}/{version}/status}): e.g.
	 * {@code REQUESTED}, {@code PROCESSED}, {@code INVALID} (spec §3).
	 */
	public String status(SubmissionRequest request) throws BioStudiesException {
		return status(request.accNo(), request.version());
	}

	public String status(String accNo, int version) throws BioStudiesException {
		String what = "asking for the status of " + accNo + " version " + version;
		Request request = new Request.Builder().url(requestUrl(accNo, version, "status")).get().build();
		try (Response response = call(request, what, null)) {
			if (!response.isSuccessful()) throw failure(response, what, null);
			String text = bodyText(response, what).strip();
			if (text.startsWith("\"")) {
				try {
					text = JSON.readTree(text).asText();
				}
				catch (IOException e) {
					text = "";
				}
			}
			if (!text.matches("[A-Z][A-Z_]*")) throw new BioStudiesException(what + ": the answer is not a status");
			return text;
		}
	}

	/** Why the server rejected a submission ({@code GET /submissions/requests/{accNo}/{version}/errors}). */
	public List<String> errors(SubmissionRequest request) throws BioStudiesException {
		return errors(request.accNo(), request.version());
	}

	public List<String> errors(String accNo, int version) throws BioStudiesException {
		String what = "asking why " + accNo + " version " + version + " was rejected";
		Request request = new Request.Builder().url(requestUrl(accNo, version, "errors")).get().build();
		try (Response response = call(request, what, null)) {
			if (!response.isSuccessful()) throw failure(response, what, null);
			JsonNode answer = json(response, what);
			List<String> errors = new ArrayList<>();
			if (answer.isArray()) {
				for (JsonNode e : answer) errors.add(Redaction.token(e.isTextual() ? e.asText() : e.toString(), token));
			}
			else if (!answer.isNull()) {
				errors.add(Redaction.token(answer.isTextual() ? answer.asText() : answer.toString(), token));
			}
			return errors;
		}
	}

	/** Frees the connections. Does not log out. */
	@Override
	public void close() {
		transport.close();
	}

	@Override
	public String toString() {
		return "BioStudiesClient[" + server + (token == null ? "" : ", logged in") + "]";
	}

	/** The submission JSON with its {@code accno} set, written as the pagetab station writes PageTab. */
	static String withAccession(String submissionJson, String accession) throws IOException {
		Submission s = PageTabJson.read(new StringReader(submissionJson), "submission.json");
		return PageTabJson.write(new Submission(accession, s.attributes(), s.section(), s.type()));
	}

	// ---------------------------------------------------------------------------------------------------------------

	/** A body OkHttp must not send twice on its own (it would, after a connection failure, even for a POST). */
	private static final class OneShot extends RequestBody {

		private final RequestBody body;

		OneShot(RequestBody body) {
			this.body = body;
		}

		@Override
		public MediaType contentType() {
			return body.contentType();
		}

		@Override
		public long contentLength() throws IOException {
			return body.contentLength();
		}

		@Override
		public void writeTo(okio.BufferedSink sink) throws IOException {
			body.writeTo(sink);
		}

		@Override
		public boolean isOneShot() {
			return true;
		}
	}

	private Response call(Request request, String what, char[] password) throws BioStudiesException {
		return call(request, what, password, text -> listener.message(text));
	}

	private Response call(Request request, String what, char[] password, Consumer<String> waiting)
		throws BioStudiesException
	{
		return transport.execute(request, what, text -> Redaction.password(Redaction.token(text, token), password),
			waiting);
	}

	/** The exception for an unsuccessful answer, with the server's explanation (secrets taken out). */
	private BioStudiesException failure(Response response, String what, char[] password) {
		String body;
		try {
			ResponseBody b = response.peekBody(MAX_ERROR_BODY);
			body = b.string();
		}
		catch (IOException e) {
			body = "";
		}
		List<String> explanation = Redaction.lines(BioStudiesException.explanation(body), token, password);
		int code = response.code();
		String doing = what;
		if (code == 401 && !what.startsWith("the server did not accept")) {
			doing = what + ": the server did not accept the session (log in again)";
		}
		else if (code == 403) {
			doing = what + ": not allowed for this account";
		}
		else if (code == 429) {
			Duration asked = RetryAfter.parse(response.header("Retry-After"), Instant.now());
			doing = what + (asked == null ? ": the server is busy (too many requests): try again in a few minutes"
				: ": the server is busy and asks to wait " + Timeouts.words(asked) + ": try again after that");
		}
		else if (code == 413) {
			doing = what + ": too large for the server (uploads over HTTP are limited to 20 GB per file; use FTP or " +
				"Aspera, see " + UploadPlan.LARGE_FILE_HELP + ")";
		}
		else if (code >= 500) {
			doing = what + ": the server failed";
		}
		else if (code != 401) {
			doing = what + ": the server refused it";
		}
		return new BioStudiesException(doing, code, explanation, null);
	}

	private static JsonNode json(Response response, String what) throws BioStudiesException {
		return Answers.json(response, what);
	}

	private static String bodyText(Response response, String what) throws BioStudiesException {
		return Answers.text(response, what);
	}

	private static String text(JsonNode node, String field) {
		JsonNode v = node.get(field);
		return v == null || v.isNull() ? null : v.asText();
	}

	private HttpUrl url(String segments) {
		return server.base().newBuilder().addPathSegments(segments).build();
	}

	/** {@code base/<prefix>/<folder segments>}; the root folder as {@code base/<prefix>/}. */
	private HttpUrl userUrl(String prefix, String folder) {
		HttpUrl.Builder b = server.base().newBuilder().addPathSegments(prefix);
		if (folder.isEmpty()) b.addPathSegment("");
		else for (String segment : folder.split("/")) b.addPathSegment(segment);
		return b.build();
	}

	private HttpUrl requestUrl(String accNo, int version, String what) {
		return server.base().newBuilder().addPathSegments("submissions/requests").addPathSegment(accNo)
			.addPathSegment(Integer.toString(version)).addPathSegment(what).build();
	}

	/**
	 * A path in the user folder, checked and normalised: {@code /}-separated, no leading or trailing slash, no empty,
	 * {@code .} or {@code ..} parts, no backslash.
	 */
	static String folder(String path) {
		if (path == null) return "";
		String p = path.strip();
		while (p.startsWith("/")) p = p.substring(1);
		while (p.endsWith("/")) p = p.substring(0, p.length() - 1);
		if (p.isEmpty()) return "";
		if (p.contains("\\")) throw new IllegalArgumentException("use / in remote paths, not \\: " + path);
		for (String part : p.split("/", -1)) {
			if (part.isEmpty() || part.equals(".") || part.equals("..")) {
				throw new IllegalArgumentException("not a path inside the user folder: '" + path + "'");
			}
		}
		return p;
	}

	/**
	 * {@code {"login": user, "password": password}} as UTF-8, built without turning the password into a String; the
	 * intermediate characters are wiped.
	 */
	private static byte[] loginBody(String user, char[] password) {
		String head = "{\"login\":" + JSON.getNodeFactory().textNode(user).toString() + ",\"password\":\"";
		int length = head.length() + 2;
		for (char c : password) length += escapedLength(c);
		char[] chars = new char[length];
		head.getChars(0, head.length(), chars, 0);
		int at = head.length();
		for (char c : password) at = escape(c, chars, at);
		chars[at++] = '"';
		chars[at] = '}';
		ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
		byte[] bytes = new byte[encoded.remaining()];
		encoded.get(bytes);
		Arrays.fill(chars, '\0');
		if (encoded.hasArray()) Arrays.fill(encoded.array(), (byte) 0);
		return bytes;
	}

	private static int escapedLength(char c) {
		if (c == '"' || c == '\\') return 2;
		return c < 0x20 ? 6 : 1;
	}

	private static int escape(char c, char[] out, int at) {
		if (c == '"' || c == '\\') {
			out[at++] = '\\';
			out[at++] = c;
		}
		else if (c < 0x20) {
			String hex = String.format("\\u%04x", (int) c); // a control character: not worth hiding
			hex.getChars(0, 6, out, at);
			at += 6;
		}
		else {
			out[at++] = c;
		}
		return at;
	}

	/**
	 * A page of the user's studies ({@code GET /submissions?offset=&limit=}): requests still active (being processed,
	 * or INVALID) first, then stored studies, newest change first.
	 * <p>
	 * What this relies on, read from the BioStudies backend (biostudies-backend-services {@code
	 * SubmissionQueryResource.getSubmissions}, {@code SubmissionFilterRequest}, {@code SubmissionDto},
	 * {@code SubmissionMongoPersistenceQueryService.getSubmissionsByUser}, 2026): the parameters are {@code accNo}
	 * (exact), {@code limit} (default 15) and {@code offset}; each element is {@code {accno, displayAccNo,
	 * newSubmission, title, mtime, rtime, status, errors}} with {@code title} the root section's Title (else the
	 * submission's), {@code mtime} an ISO-8601 time and {@code status} one of PROCESSING, PROCESSED, INVALID. A
	 * {@code keywords} parameter filtered by title until November 2025 and is ignored since, so it is not sent: the
	 * caller compares titles itself.
	 * </p>
	 */
	public List<SubmittedStudy> submissions(int offset, int limit) throws BioStudiesException {
		HttpUrl url = url("submissions").newBuilder().addQueryParameter("offset", Integer.toString(Math.max(0, offset)))
			.addQueryParameter("limit", Integer.toString(Math.max(1, limit))).build();
		String what = "listing your submissions";
		// a page of studies can be long: the listing's size limit and time bound, not the short call's
		Request request = new Request.Builder().url(url).get().tag(CallKind.class, CallKind.LISTING).build();
		try (Response response = call(request, what, null)) {
			if (!response.isSuccessful()) throw failure(response, what, null);
			JsonNode array = json(response, what);
			if (!array.isArray()) {
				throw new BioStudiesException(what + ": the server's answer is not a list of studies");
			}
			List<SubmittedStudy> studies = new ArrayList<>();
			for (JsonNode s : array) {
				String accNo = s.path("accno").asText("");
				if (accNo.isEmpty()) continue;
				Instant modified;
				try {
					modified = s.hasNonNull("mtime") ? OffsetDateTime.parse(s.get("mtime").asText()).toInstant()
						: null;
				}
				catch (DateTimeParseException e) {
					modified = null;
				}
				studies.add(new SubmittedStudy(accNo, s.path("title").asText(""), modified, s.path("status")
					.asText("")));
			}
			return studies;
		}
	}
}
