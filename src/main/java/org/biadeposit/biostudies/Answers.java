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
import java.io.InputStream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Reading the server's successful answers: as text, or as JSON parsed while it arrives, always within the answer's
 * size limit ({@link AnswerLimits}). Failures name what was being done and never quote the answer (a login answer
 * carries the session token).
 */
final class Answers {

	private static final ObjectMapper JSON = new ObjectMapper();

	private Answers() {}

	/** One way of reading an answer's JSON; null when the answer is not what was expected. */
	interface JsonReading<T> {

		T read(JsonParser parser) throws IOException;
	}

	/** The answer as a JSON tree. */
	static JsonNode json(Response response, String what) throws BioStudiesException {
		return parse(response, what, p -> {
			JsonNode tree = JSON.readTree(p);
			return tree == null || tree.isMissingNode() ? null : tree;
		}, "the JSON expected");
	}

	/** Reads an answer as it arrives; {@code reading} returns null when the answer is not {@code expected}. */
	static <T> T parse(Response response, String what, JsonReading<T> reading, String expected)
		throws BioStudiesException
	{
		ResponseBody body = response.body();
		try (InputStream in = body == null ? InputStream.nullInputStream() : body.byteStream();
			JsonParser parser = JSON.createParser(in))
		{
			T result = reading.read(parser);
			if (result != null) return result;
		}
		catch (JsonProcessingException e) {
			// not what was expected: said below
		}
		catch (IOException e) {
			throw brokenOff(what, e);
		}
		throw new BioStudiesException(what + ": the server's answer is not " + expected + " (HTTP " + response.code() +
			")");
	}

	/** The answer as text. */
	static String text(Response response, String what) throws BioStudiesException {
		try {
			ResponseBody body = response.body();
			return body == null ? "" : body.string();
		}
		catch (IOException e) {
			throw brokenOff(what, e);
		}
	}

	/** A failure while reading an answer: over its size limit, or cut off. */
	private static BioStudiesException brokenOff(String what, IOException e) {
		if (e instanceof Refusal) return new BioStudiesException(what + ": " + e.getMessage(), e);
		return new BioStudiesException(what + ": the answer broke off (" + e.getClass().getSimpleName() + ")", e);
	}
}
