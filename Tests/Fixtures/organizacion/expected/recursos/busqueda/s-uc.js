window.LIBRO_BUSQUEDA.recibir("s-uc",["traduc"]);
