window.LIBRO_BUSQUEDA.recibir("t-te",{"tempran":[1,[5,1,5,1]]});
