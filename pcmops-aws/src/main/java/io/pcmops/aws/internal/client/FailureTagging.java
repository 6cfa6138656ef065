package io.pcmops.aws.internal.client;

import io.pcmops.aws.internal.AwsErrors;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/** Tags every failed call of the provider's clients with its service and operation, for {@link AwsErrors}. */
final class FailureTagging implements ExecutionInterceptor {

    @Override
    public Throwable modifyException(Context.FailedExecution context, ExecutionAttributes attributes) {
        AwsErrors.tag(context.exception(), attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME),
                attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
        return context.exception();
    }
}
