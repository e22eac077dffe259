package city.academy.platform.problem;

/** The kinds of problem the services answer with. */
public enum ProblemType {
  BAD_REQUEST(400, "The request is not valid"),
  UNAUTHORISED(401, "Sign-in needed"),
  FORBIDDEN(403, "Not allowed"),
  NOT_FOUND(404, "Not found"),
  METHOD_NOT_ALLOWED(405, "Method not allowed"),
  NOT_ACCEPTABLE(406, "Not acceptable"),
  CONFLICT(409, "Conflict with the current state"),
  TOO_LARGE(413, "Too large"),
  UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
  UNPROCESSABLE(422, "The request cannot be carried out"),
  TOO_MANY_REQUESTS(429, "Too many requests"),
  SERVER_ERROR(500, "Something went wrong on our side"),
  UNAVAILABLE(503, "Temporarily unavailable");

  private final int status;
  private final String title;

  ProblemType(int status, String title) {
    this.status = status;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String uri() {
    return "https://academy.local/problems/" + name().toLowerCase().replace('_', '-');
  }

  public static ProblemType forStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status == status) {
        return type;
      }
    }
    return status >= 500 ? SERVER_ERROR : BAD_REQUEST;
  }
}
