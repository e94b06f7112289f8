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
package org.biadeposit.sandbox;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** An error answer: thrown by an endpoint, turned into the HTTP response by the server. */
final class ApiError extends RuntimeException {

	private static final long serialVersionUID = 1L;

	final int status;
	final transient JsonNode body;

	private ApiError(int status, String message, JsonNode body) {
		super(message, null, false, false);
		this.status = status;
		this.body = body;
	}

	/** A ValidationTree whose top node is {@code message} and has one sub-node per detail. */
	static ApiError tree(int status, String message, List<String> details) {
		return new ApiError(status, message, Json.validationTree(message, details));
	}

	/** A ValidationTree with one node. */
	static ApiError tree(int status, String message) {
		return tree(status, message, List.of());
	}

	/** Spring Security's shape, {@code {"message": ...}}. */
	static ApiError plain(int status, String message) {
		return new ApiError(status, message, Json.message(message));
	}

	/** The error for a path that leaves the user folder (BioStudies' PathFilesService text). */
	static ApiError noPermission(String path) {
		return tree(400, "The user does not have permission for accessing path '" + path + "'");
	}
}
