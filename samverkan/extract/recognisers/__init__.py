"""The recognisers, one small module per structure of the source documents; each adds items to a record."""

from samverkan.extract import meaning
from samverkan.extract.recognisers import (
    agreement,
    annexes,
    citywide,
    contacts,
    coordinators,
    followup,
    parties,
    plans,
    priorities,
    signatures,
    steering,
    structure,
)

RECOGNISERS = [
    agreement.recognise,
    parties.recognise,
    annexes.recognise,
    steering.recognise,
    coordinators.recognise,
    priorities.recognise,
    signatures.recognise,
    contacts.recognise,
    plans.recognise,
    structure.recognise,
    citywide.recognise,
    followup.recognise,
    meaning.recognise,  # last: adds what the template readers above did not find
]
