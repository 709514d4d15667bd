package dev.restsh.shell.request;

/** One part of a multipart form: a file part has a file name; either may have a content type (null: none). */
record MultipartPart(String name, byte[] content, String filename, String type) {}
