window.LIBRO_BUSQUEDA.recibir("s-ad",["apartad","encabezad","organizad","resultad","sociedad"]);
