package org.biadeposit.biostudies;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.code_intelligence.jazzer.junit.FuzzTest;

import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Whatever a server answers, the client reads it or says clearly why not ({@link BioStudiesException}): never another
 * exception. Seeds: small answers written by hand in the shapes the API uses, and Retry-After values.
 */
class AnswersFuzzTest {

	@FuzzTest(maxDuration = "60s")
	void anyAnswerIsReadOrRefusedClearly(byte[] answer) {
		Response response = new Response.Builder().request(new Request.Builder().url("http://127.0.0.1/api").build())
			.protocol(Protocol.HTTP_1_1).code(200).message("OK")
			.body(ResponseBody.create(answer, MediaType.get("application/json"))).build();
		try {
			Answers.json(response, "reading");
		}
		catch (BioStudiesException e) {
			// the contract: a clear refusal
		}
	}

	@FuzzTest(maxDuration = "60s")
	void anyRetryAfterIsReadOrIgnored(byte[] header) {
		RetryAfter.parse(new String(header, StandardCharsets.ISO_8859_1), Instant.parse("2026-12-01T19:00:00Z"));
	}
}
