"use client";
import NextLink from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * The app's link: Next's <Link> that prefetches when the pointer rests on it or it gets focus, not
 * when it scrolls into view. A project page shows some 25 links (navigation, lists); prefetching
 * them all on every view cost the server more than the view itself, and most were never followed.
 */
export default function Link({ prefetch, onMouseEnter, onFocus, onTouchStart, ...props }: ComponentProps<typeof NextLink>) {
  const router = useRouter();
  if (prefetch !== undefined && prefetch !== null && prefetch !== "auto") return <NextLink prefetch={prefetch} {...props} />;
  const href = typeof props.href === "string" ? props.href : null;
  const warm = () => {
    if (href && href.startsWith("/")) router.prefetch(href);
  };
  return (
    <NextLink
      {...props}
      prefetch={false}
      onMouseEnter={(e) => {
        warm();
        onMouseEnter?.(e);
      }}
      onFocus={(e) => {
        warm();
        onFocus?.(e);
      }}
      onTouchStart={(e) => {
        warm();
        onTouchStart?.(e);
      }}
    />
  );
}
