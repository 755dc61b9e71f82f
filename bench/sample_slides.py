"""The slides of the decks that the slide benchmarks generate: (title, lines, notes) each."""


def slides(count):
    return [
        (
            f"Slide {number}: live streaming from the galleries",
            [
                "Phone on a gimbal, one host, one moderator",
                "Questions read from the chat",
                f"Step {number}",
            ],
            f"Speaker notes for slide {number}.",
        )
        for number in range(1, count + 1)
    ]
