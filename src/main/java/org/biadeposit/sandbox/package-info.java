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
/**
 * The sandbox: a local BioStudies-compatible server for {@code bia demo}, for depositors rehearsing offline and for
 * every upload test. It is written from what {@code docs/biostudies.md} says of the real service, never from the
 * client in {@code org.biadeposit.biostudies}, and shares no code with it (nor with {@code org.biadeposit.pagetab}),
 * so the two check each other.
 *
 * <h2>Endpoints</h2>
 * Below {@link org.biadeposit.sandbox.SandboxServer#baseUrl()} ({@code http://127.0.0.1:<port>} plus the base
 * path, default {@code /biostudies/submissions/api}; only there, requests outside it get 404). All but
 * {@code /auth/login} and {@code /auth/logout} need the token: header {@code X-Session-Token} (any case), else a
 * cookie {@code BIOSTDSESS-…}, else parameter {@code BIOSTDSESS}; none: 401 {@code {"message":"Problems authorizing
 * user."}}; unknown: 401 {@code {"message":"Could not find an active session for the provided security token."}}.
 * <table>
 * <caption>What the sandbox answers</caption>
 * <tr><td>POST /auth/login (/auth/signin)</td><td>200 UserProfile; 401 ValidationTree "Invalid email address or
 * password."</td></tr>
 * <tr><td>POST /auth/logout (/auth/signout)</td><td>200 empty; ends the session of body {@code sessid} (or of the
 * request's token)</td></tr>
 * <tr><td>GET /auth/profile</td><td>200 UserProfile</td></tr>
 * <tr><td>GET /files/user/{path}, POST /files/user/query {"path"}</td><td>200
 * {@code [{"name","path":"user/<path>","size","type":"FILE"|"DIR"}]}, sorted by name; [] for a missing folder</td></tr>
 * <tr><td>POST /files/user/{path} multipart {@code files}; POST /files/user/upload {@code filePath} +
 * {@code files}</td><td>200 empty; 400 not multipart, no {@code files} part, a file in the way, malformed
 * body</td></tr>
 * <tr><td>DELETE /files/user/{path}?fileName=, POST /files/user/delete {"path","fileName"}</td><td>200 (also when
 * absent; folders recursively); 400 "Can not delete user root folder"</td></tr>
 * <tr><td>POST /folder/user/{path}?folder=, POST /folder/user/create {"path","fileName"}</td><td>200 (parents
 * created)</td></tr>
 * <tr><td>POST /files/user/rename {"path","originalName","newName"}</td><td>200 {@code true}; 400</td></tr>
 * <tr><td>POST /files/user/download {"path","fileName"}</td><td>200 octet-stream; 400</td></tr>
 * <tr><td>POST /submissions/async (raw JSON PageTab, or multipart: text part {@code submission} + {@code files};
 * {@code Submission_Type: application/json}); POST /submissions/async/direct (multipart: file part
 * {@code submission}, its format by extension, + {@code files})</td><td>200 {@code {"accNo","version"}}; 500
 * ValidationTree with the message alone for what fails while reading (no ReleaseDate, a nameless attribute, a File
 * List not found or badly named); 400 "Problem processing file list '…'" for a File List that cannot be parsed; 400
 * "Submission validation errors" + one sub-node, the first problem met while processing; 403 accession not the
 * user's; 415 Submission_Type missing or not JSON, File List not .json/.tsv</td></tr>
 * <tr><td>POST /submissions (sync)</td><td>as async, but waits and answers 200 with the stored PageTab, or 400 with
 * the processing errors</td></tr>
 * <tr><td>GET /submissions/requests/{accNo}/{version}[/status|/errors]</td><td>200 request object / JSON string /
 * {@code ["…"]}; 404</td></tr>
 * <tr><td>GET /submissions/{accNo}</td><td>200 SubmissionDto {@code {"accno","displayAccNo","newSubmission","title",
 * "mtime","rtime","status":"PROCESSING"|"PROCESSED"|"INVALID","errors"}}; 404</td></tr>
 * <tr><td>GET /submissions/{accNo}.json</td><td>200 the newest PROCESSED version's PageTab; 404</td></tr>
 * <tr><td>GET /submissions?accNo=&amp;limit=15&amp;offset=0</td><td>200 the user's studies (SubmissionDtos)</td></tr>
 * </table>
 * A path that leaves the user folder is refused with 400 ValidationTree "The user does not have permission for
 * accessing path '&lt;p&gt;'" (the backend's {@code GeneralExceptionHandler} maps RuntimeException to 400; the spec
 * had inferred 500). Path segments are URL-decoded as the backend does, so {@code +} means a space.
 *
 * <h2>Submissions</h2>
 * Checked in this order, each stage failing on its own: the ReleaseDate (required; YYYY-MM-DD or an ISO instant;
 * not before today (UTC) unless a resubmission keeps the previous version's date); the structure (attribute names,
 * file paths, link URLs); the accession (blank: new {@code S-BIAD<n>}; an existing one of the user: next version;
 * another's or an unknown one: 403; a study still processing: 400); every {@code File List} (resolved in the user
 * folder, under {@code RootPath} if given); every file path of the section files and the lists (allowed characters,
 * present). Files and File Lists are looked for among those sent with the request, then per {@code preferredSources}
 * (query parameter, a comma list; default {@code USER_SPACE,SUBMISSION}): the user folder, the replaced version's
 * stored files; {@code SUBMISSION} alone is a metadata update, every file taken from the previous version. Accepted requests go REQUESTED → FILES_COPIED → PROCESSED over the processing delay; a referenced file
 * removed meanwhile makes the request INVALID with the missing-files message in {@code errors}.
 *
 * <h2>Where it differs from BioStudies</h2>
 * <ul>
 * <li>Only JSON PageTab, sent as the raw body. TSV PageTab ({@code Submission_Type: text/plain}), multipart
 * submissions and {@code /submissions/direct} answer 415; drafts, {@code /submissions/fileLists/validate},
 * registration, group folders, FTP/Aspera and on-behalf parameters are not there.</li>
 * <li>File Lists in XLSX are refused like any other format (415 "Unsupported pagetab format: xlsx").</li>
 * <li>Missing ReleaseDate and a missing File List answer 400 (the spec infers 500 for JSON); permission errors 403
 * (status not read in the backend).</li>
 * <li>All problems of a stage are reported together (the backend stops at the first in some stages); a
 * File List's 415 stops at once.</li>
 * <li>The "List of available sources" in the missing-files message names only the user folder; circular
 * references (a folder and a file inside it both listed) are not detected.</li>
 * <li>Accessions always use the configured prefix ({@code S-BIAD}), whatever {@code AttachTo} says; no DOI.</li>
 * <li>Sessions live in memory: a restart logs everyone out (users, folders and submissions persist in the data
 * folder).</li>
 * </ul>
 */
package org.biadeposit.sandbox;
