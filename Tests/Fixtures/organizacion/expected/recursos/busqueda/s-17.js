window.LIBRO_BUSQUEDA.recibir("s-17",["17"]);
