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

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

import okhttp3.HttpUrl;

/**
 * A BioStudies submission API to deposit in: {@code prod} (the real archive), {@code beta} (the BioStudies test
 * instance) or any base URL, such as a local sandbox. Only HTTPS is accepted, except on the loopback interface
 * ({@code localhost}, {@code 127.0.0.0/8}, {@code ::1}), where nothing leaves the machine.
 */
public final class Server {

	/** The real submission API (spec §0). */
	public static final Server PROD = new Server("prod",
		HttpUrl.get("https://www.ebi.ac.uk/biostudies/submissions/api"), "https://www.ebi.ac.uk/biostudies/studies/");
	/** The BioStudies test instance (spec §0). */
	public static final Server BETA = new Server("beta",
		HttpUrl.get("https://wwwdev.ebi.ac.uk/biostudies/submissions/api"),
		"https://wwwdev.ebi.ac.uk/biostudies/studies/");

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private final String name;
	private final HttpUrl base;
	private final String studyPages;

	private Server(String name, HttpUrl base, String studyPages) {
		this.name = name;
		this.base = base;
		this.studyPages = studyPages;
	}

	/**
	 * The server named {@code prod} or {@code beta}, or the API at this base URL (for example
	 * {@code http://127.0.0.1:8080/api}).
	 *
	 * @throws IllegalArgumentException with a message for the depositor when the URL is not usable: not HTTP(S),
	 *   plain HTTP to a host that is not loopback, or user name/password in the URL
	 */
	public static Server of(String nameOrUrl) {
		if (nameOrUrl == null || nameOrUrl.isBlank()) {
			throw new IllegalArgumentException("no server given: use prod, beta or the URL of a submission API");
		}
		String s = nameOrUrl.strip();
		if (s.equalsIgnoreCase("prod")) return PROD;
		if (s.equalsIgnoreCase("beta")) return BETA;
		HttpUrl url = HttpUrl.parse(s);
		if (url == null) {
			throw new IllegalArgumentException("the server '" + s + "' is neither prod, beta nor an http(s):// URL");
		}
		if (!url.username().isEmpty() || !url.password().isEmpty()) {
			// Echo nothing of the URL: it holds a password.
			throw new IllegalArgumentException("the server URL must not contain a user name or password; " +
				"log in with the e-mail and the password prompt, --password-file or BIA_PASSWORD instead");
		}
		if (url.query() != null || url.fragment() != null) {
			throw new IllegalArgumentException("the server URL '" + s + "' should be a base URL, without ?query or " +
				"#fragment");
		}
		if (!encryptedOrLocal(url)) throw new IllegalArgumentException(plainHttpRefused(url.host()));
		HttpUrl base = withoutTrailingSlash(url);
		return new Server(base.toString(), base, null);
	}

	/** {@code prod}, {@code beta}, or the base URL. */
	public String name() {
		return name;
	}

	/** The API's base URL, without a trailing slash. */
	public String url() {
		return base.toString();
	}

	/** Whether the server runs on this machine. */
	public boolean isLoopback() {
		return isLoopback(base.host());
	}

	/**
	 * Where people see a study: the BioStudies study page for {@code prod} and {@code beta} (visible to others from
	 * its release date), otherwise the submission as JSON from the API itself.
	 */
	public String studyUrl(String accession) {
		if (studyPages != null) return studyPages + accession;
		return base.newBuilder().addPathSegment("submissions").addPathSegment(accession + ".json").build().toString();
	}

	HttpUrl base() {
		return base;
	}

	/** Whether a URL has this server's scheme, host and port (the session token is only sent there). */
	boolean sameOrigin(HttpUrl url) {
		return url.scheme().equals(base.scheme()) && url.host().equals(base.host()) && url.port() == base.port();
	}

	/** {@code scheme://host[:port]} of a URL: where it goes, without its path or query. */
	static String origin(HttpUrl url) {
		String s = new HttpUrl.Builder().scheme(url.scheme()).host(url.host()).port(url.port()).build().toString();
		return s.substring(0, s.length() - 1);
	}

	/** Whether a URL may be contacted at all: https, or plain http on the loopback interface only. */
	static boolean encryptedOrLocal(HttpUrl url) {
		return url.isHttps() || isLoopback(url.host());
	}

	/** Why plain http to a host is refused, and what to do instead. */
	static String plainHttpRefused(String host) {
		return "refusing plain http:// to " + host + ": the password and the session token would cross the network " +
			"unencrypted. Use https://, or http:// only to a server on this machine (localhost, 127.0.0.1, ::1)";
	}

	/** localhost, 127.0.0.0/8 or ::1; decided from the name alone, without asking DNS. */
	static boolean isLoopback(String host) {
		String h = host.toLowerCase(Locale.ROOT);
		if (h.equals("localhost")) return true;
		if (IPV4.matcher(h).matches() || h.contains(":")) {
			try {
				return InetAddress.getByName(h).isLoopbackAddress(); // an IP literal: parsed, not looked up
			}
			catch (UnknownHostException e) {
				return false;
			}
		}
		return false;
	}

	private static HttpUrl withoutTrailingSlash(HttpUrl url) {
		HttpUrl.Builder b = url.newBuilder();
		int last = url.pathSize() - 1;
		if (last > 0 && url.pathSegments().get(last).isEmpty()) b.removePathSegment(last);
		return b.build();
	}

	@Override
	public String toString() {
		return name.equals(url()) ? url() : name + " (" + url() + ")";
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Server other && base.equals(other.base);
	}

	@Override
	public int hashCode() {
		return base.hashCode();
	}

	/** {@code base/<segments>}. */
	HttpUrl url(String segments) {
		return base.newBuilder().addPathSegments(segments).build();
	}

	/** {@code base/<prefix>/<folder segments>}; the root folder as {@code base/<prefix>/}. */
	HttpUrl userUrl(String prefix, String folder) {
		HttpUrl.Builder b = base.newBuilder().addPathSegments(prefix);
		if (folder.isEmpty()) b.addPathSegment("");
		else for (String segment : folder.split("/")) b.addPathSegment(segment);
		return b.build();
	}

	/** {@code base/submissions/requests/<accNo>/<version>/<what>}. */
	HttpUrl requestUrl(String accNo, int version, String what) {
		return base.newBuilder().addPathSegments("submissions/requests").addPathSegment(accNo).addPathSegment(Integer
			.toString(version)).addPathSegment(what).build();
	}
}
