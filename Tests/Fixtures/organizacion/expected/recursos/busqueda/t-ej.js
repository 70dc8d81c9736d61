window.LIBRO_BUSQUEDA.recibir("t-ej",{"eje":[1,[41,2,79,1,1,5]],"ejidal":[3,[35,1,51,1,8,1,36,1,1,1,1,1]]});
