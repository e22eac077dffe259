package city.academy.platform.problem;

import jakarta.ws.rs.core.Response;

/** Builds problem responses: the one way every mapper answers. */
public final class ProblemResponses {
  private ProblemResponses() {}

  public static Response of(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }
}
