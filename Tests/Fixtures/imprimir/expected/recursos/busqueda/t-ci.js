window.LIBRO_BUSQUEDA.recibir("t-ci",{"cinc":[1,[3,1,4,1]],"cita":[1,[3,1,4,1]]});
