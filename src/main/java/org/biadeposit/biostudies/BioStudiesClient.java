/*-
 * #%L
 * bia-deposit: deposit microscopy datasets in the EBI BioImage Archive.
 * %%
 * Copyright (C) 2026 bia-deposit developers
 * %%
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 * 
 * 1. Redistributions of source code must retain the above copyright notice,
 *    this list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the documentation
 *    and/or other materials provided with the distribution.
 * 
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
 * AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
 * IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
 * ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDERS OR CONTRIBUTORS BE
 * LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR
 * CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF
 * SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
 * INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN
 * CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE)
 * ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE
 * POSSIBILITY OF SUCH DAMAGE.
 * #L%
 */
package org.biadeposit.biostudies;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

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
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

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
 * The whole submission API in one place, one method per endpoint (longer than 400 lines because it is that: each
 * endpoint a few lines, splitting them would scatter the one session they share); the transport, the login body
 * ({@link LoginBody}), the reading of answers ({@link Answers}, {@link UnsuccessfulAnswer}, {@link UserFile},
 * {@link SubmittedStudy}) live apart.
 * </p>
 */
public final class BioStudiesClient implements AutoCloseable {

	static final String TOKEN_HEADER = "X-Session-Token";
	private static final MediaType JSON_TYPE = MediaType.get("application/json");
	private static final ObjectMapper JSON = new ObjectMapper();
	
	private final Server server;
	private final Transport transport;
	private volatile String token;
	private volatile ProgressListener listener = ProgressListener.NONE;

	/** Settings for a client: retries and timeouts. */
	public static ClientSettings builder(Server server) {
		return new ClientSettings(server);
	}

	/** A client with the default retries and timeouts. */
	public BioStudiesClient(Server server) {
		this(server, RetryPolicy.DEFAULT, Timeouts.DEFAULT);
	}

	BioStudiesClient(Server server, RetryPolicy retry, Timeouts timeouts) {
		this.server = server;
		Interceptor sessionToken = chain -> {
			Request r = chain.request();
			String t = token;
			if (t != null && server.sameOrigin(r.url()) && r.header(TOKEN_HEADER) == null) {
				r = r.newBuilder().header(TOKEN_HEADER, t).build();
			}
			return chain.proceed(r);
		};
		this.transport = new Transport(server, retry, timeouts, sessionToken);
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
		byte[] body = LoginBody.of(user, password);
		Request request = new Request.Builder().url(server.url("auth/login")).post(RequestBody.create(body, JSON_TYPE))
			.tag(CallKind.class, CallKind.LOGIN).build();
		String what = "logging in as " + user;
		try (Response response = call(request, what, password)) {
			if (response.code() == 401) {
				throw failure(response, "the server did not accept the e-mail or password for " + user, password);
			}
			if (!response.isSuccessful()) throw failure(response, what, password);
			JsonNode profile = Answers.json(response, what);
			String sessid = profile.path("sessid").asText("");
			if (sessid.isEmpty()) throw new BioStudiesException("logging in: the server's answer has no session token");
			token = sessid;
			return UserProfile.of(profile);
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
		Request request = new Request.Builder().url(server.url("auth/logout"))
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
		String folder = UserPath.of(path);
		Request request = new Request.Builder().url(server.userUrl("files/user", folder)).get()
			.tag(CallKind.class, CallKind.LISTING).build();
		String what = "listing the user folder" + (folder.isEmpty() ? "" : " " + folder);
		try (Response response = call(request, what, null)) {
			if (!response.isSuccessful()) throw failure(response, what, null);
			// Parsed one entry at a time: a long listing never becomes a tree in memory.
			return Answers.parse(response, what, p -> UserFile.listed(p, folder), "a list of files");
		}
	}

	/** Everything under a folder of the user folder, sub-folders included (each folder listed before its content). */
	public List<UserFile> listTree(String path) throws BioStudiesException {
		List<UserFile> all = new ArrayList<>();
		Deque<String> folders = new ArrayDeque<>(List.of(UserPath.of(path)));
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
		String folder = UserPath.of(path);
		if (name == null || name.isEmpty() || name.contains("/") || name.equals(".") || name.equals("..")) {
			throw new IllegalArgumentException("not a folder name: '" + name + "'");
		}
		HttpUrl url = server.userUrl("folder/user", folder).newBuilder().addQueryParameter("folder", name).build();
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
		String remote = UserPath.of(remotePath);
		if (remote.isEmpty()) throw new IllegalArgumentException("no remote path for " + localFile);
		return sendAll(UserPath.parent(remote), List.of(new UploadArea.Outgoing(localFile, remote)), meter, md5)
			.get(0);
	}

	/**
	 * Uploads files of one folder in one request ({@code POST /files/user/{folder}}, one part {@code files} per file,
	 * named by the last part of its path), streaming each from disk and computing its digests on the way. The server
	 * stores them only once the whole request has arrived; bytes of a request that failed are taken back from the
	 * meter.
	 *
	 * @param files every one's remote path is directly in {@code folder}
	 * @return the size and digests of each file the server received, in order
	 */
	List<Checksums> sendAll(String folder, List<UploadArea.Outgoing> files, ProgressMeter meter, boolean md5)
		throws IOException
	{
		List<FileUploadBody> parts = new ArrayList<>();
		RequestBody body = FileUploadBody.multipart(folder, files, meter, md5, parts);
		Request request = new Request.Builder().url(server.userUrl("files/user", folder)).post(body)
			.tag(CallKind.class, CallKind.UPLOAD).build();
		String what = files.size() == 1 ? "uploading " + UserPath.of(files.get(0).remote()) : "uploading " +
			files.size() + " files into " + (folder.isEmpty() ? "the user folder" : folder);
		try (Response response = call(request, what, null, meter::message)) {
			if (!response.isSuccessful()) throw failure(response, what, null);
		}
		catch (IOException e) {
			parts.forEach(FileUploadBody::rewind);
			throw e;
		}
		List<Checksums> received = new ArrayList<>();
		for (FileUploadBody part : parts) {
			Checksums c = part.checksums();
			if (c == null) throw new BioStudiesException(what + ": the server answered before it had every file");
			received.add(c);
		}
		return received;
	}

	/**
	 * Submits a study as PageTab JSON ({@code POST /submissions/async}, header {@code Submission_Type:
	 * application/json}) and returns at once; the server processes it afterwards (follow with {@link #status}). The
	 * files it names must be in the user folder. Not retried once the request may have reached the server, so that
	 * a lost answer cannot make two studies.
	 */
	public SubmissionRequest submitAsync(String submissionJson) throws BioStudiesException {
		return submitAsync(submissionJson, server.url("submissions/async"));
	}

	/**
	 * As {@link #submitAsync(String)}, a new version of an existing study whose files all come from its previous
	 * version ({@code preferredSources=SUBMISSION}, as the BIA submission tool sends when no file was updated): the
	 * server takes none from the user folder.
	 */
	public SubmissionRequest submitMetadataUpdate(String submissionJson) throws BioStudiesException {
		return submitAsync(submissionJson, server.url("submissions/async").newBuilder().addQueryParameter(
			"preferredSources", "SUBMISSION").build());
	}

	private SubmissionRequest submitAsync(String submissionJson, HttpUrl url) throws BioStudiesException {
		RequestBody body = new OneShotBody(RequestBody.create(submissionJson.getBytes(StandardCharsets.UTF_8),
			JSON_TYPE));
		Request request = new Request.Builder().url(url)
			.header("Submission_Type", "application/json")
			.tag(RetryInterceptor.NotIdempotent.class, RetryInterceptor.NotIdempotent.SUBMISSION)
			.tag(CallKind.class, CallKind.SUBMISSION).post(body).build();
		try (Response response = call(request, "submitting", null)) {
			if (!response.isSuccessful()) throw failure(response, "submitting", null);
			JsonNode answer = Answers.json(response, "submitting");
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
	 *
	 * @throws BioStudiesException also when the answer is not a status, or one that {@link SubmissionStatus} lacks
	 */
	public SubmissionStatus status(SubmissionRequest request) throws BioStudiesException {
		return status(request.accNo(), request.version());
	}

	public SubmissionStatus status(String accNo, int version) throws BioStudiesException {
		String what = "asking for the status of " + accNo + " version " + version;
		Request request = new Request.Builder().url(server.requestUrl(accNo, version, "status")).get().build();
		try (Response response = call(request, what, null)) {
			if (!response.isSuccessful()) throw failure(response, what, null);
			return SubmissionStatus.answered(Answers.text(response, what), what);
		}
	}

	/**
	 * A study as the server keeps it, PageTab JSON ({@code GET /submissions/{accNo}.json}): what {@code bia import}
	 * reads to edit a published study.
	 */
	public String pageTab(String accNo) throws BioStudiesException {
		if (!accNo.matches("[A-Za-z][A-Za-z0-9-]*\\d")) throw new BioStudiesException("'" + accNo + "' is not an " +
			"accession such as S-BIAD1234");
		Request request = new Request.Builder().url(server.url("submissions/" + accNo + ".json")).get().build();
		try (Response response = call(request, "fetching the study " + accNo, null)) {
			if (!response.isSuccessful()) throw failure(response, "fetching the study " + accNo, null);
			return Answers.text(response, "fetching the study " + accNo);
		}
	}

	/** Why the server rejected a submission ({@code GET /submissions/requests/{accNo}/{version}/errors}). */
	public List<String> errors(SubmissionRequest request) throws BioStudiesException {
		return errors(request.accNo(), request.version());
	}

	public List<String> errors(String accNo, int version) throws BioStudiesException {
		String what = "asking why " + accNo + " version " + version + " was rejected";
		Request request = new Request.Builder().url(server.requestUrl(accNo, version, "errors")).get().build();
		try (Response response = call(request, what, null)) {
			if (!response.isSuccessful()) throw failure(response, what, null);
			JsonNode answer = Answers.json(response, what);
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
		return UnsuccessfulAnswer.of(response, what, token, password);
	}

	/**
	 * A page of the user's studies ({@code GET /submissions?offset=&limit=}): requests still active (being processed,
	 * or INVALID) first, then stored studies, newest change first.
	 * What the answer holds: {@link SubmittedStudy#listed}.
	 */
	public List<SubmittedStudy> submissions(int offset, int limit) throws BioStudiesException {
		HttpUrl url = server.url("submissions").newBuilder().addQueryParameter("offset", Integer.toString(Math.max(0,
			offset))).addQueryParameter("limit", Integer.toString(Math.max(1, limit))).build();
		String what = "listing your submissions";
		// a page of studies can be long: the listing's size limit and time bound, not the short call's
		Request request = new Request.Builder().url(url).get().tag(CallKind.class, CallKind.LISTING).build();
		try (Response response = call(request, what, null)) {
			if (!response.isSuccessful()) throw failure(response, what, null);
			JsonNode array = Answers.json(response, what);
			if (!array.isArray()) {
				throw new BioStudiesException(what + ": the server's answer is not a list of studies");
			}
			return SubmittedStudy.listed(array);
		}
	}
}
