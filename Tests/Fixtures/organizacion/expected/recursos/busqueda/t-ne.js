window.LIBRO_BUSQUEDA.recibir("t-ne",{"necesit":[3,[38,1,62,1,9,1,33,1,4,1,4,1]],"negativ":[3,[36,3,53,1,2,1,3,1,12,1,38,1,1,1,1,1]],"networking":[1,[38,1,64,1]]});
